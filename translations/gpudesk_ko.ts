<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AllocationReport</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>사용 불가</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>배정률</translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation>(자원 풀 없음)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Allocation status</source>
        <translation>배정 현황 보고서</translation>
    </message>
    <message>
        <source>The fleet as of %1</source>
        <translation>%1 기준 전체 자원</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준 시각</translation>
    </message>
    <message numerus="yes">
        <source>Ending within %n day(s)</source>
        <translation>
            <numerusform>%n일 안에 종료</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Nodes</source>
        <translation>1. 노드</translation>
    </message>
    <message>
        <source>Counts at %1. Occupancy is the allocated share of the usable nodes (out of service: maintenance, failed or reserved).</source>
        <translation>%1 기준 집계입니다. 배정률은 사용할 수 있는 노드 가운데 배정된 노드의 비율입니다(사용 불가: 점검, 고장 또는 예약).</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>사용할 수 있는 노드</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>운영사별</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>운영사</translation>
    </message>
    <message>
        <source>By accelerator type</source>
        <translation>가속기 종류별</translation>
    </message>
    <message>
        <source>By pool</source>
        <translation>자원 풀별</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>자원 풀</translation>
    </message>
    <message>
        <source>By cluster</source>
        <translation>클러스터별</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>2. Occupancy over the coming months</source>
        <translation>2. 향후 월별 배정률</translation>
    </message>
    <message>
        <source>Per calendar month: the nodes held on its first day (today for the current month), the nodes held on average over the month by the allocations on the books, and that average as a share of the type&apos;s usable nodes today.</source>
        <translation>달력 월마다: 그달 첫날(이번 달은 오늘) 배정된 노드, 현재 확정된 배정으로 그달 평균 배정되는 노드, 그리고 그 평균이 해당 종류의 오늘 사용할 수 있는 노드에서 차지하는 비율입니다.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Usable nodes</source>
        <translation>사용할 수 있는 노드</translation>
    </message>
    <message>
        <source>Held at start</source>
        <translation>월초 배정</translation>
    </message>
    <message>
        <source>Held on average</source>
        <translation>월평균 배정</translation>
    </message>
    <message>
        <source>The fleet has no nodes yet.</source>
        <translation>아직 등록된 노드가 없습니다.</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>배정률 %</translation>
    </message>
    <message numerus="yes">
        <source>3. Allocations ending within %n day(s)</source>
        <translation>
            <numerusform>3. %n일 안에 끝나는 배정</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>배정 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No allocation ends within %n day(s).</source>
        <translation>
            <numerusform>%n일 안에 끝나는 배정이 없습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationRepository</name>
    <message>
        <source>The allocation could not be saved: %1. Nothing was changed; try again, and if it keeps failing, check the profile&apos;s disk.</source>
        <translation>배정을 저장하지 못했습니다: %1. 아무것도 변경하지 않았습니다. 다시 시도하고, 계속 실패하면 프로필이 있는 디스크를 확인하십시오.</translation>
    </message>
    <message>
        <source>The application no longer exists; reload the map.</source>
        <translation>과제가 더 이상 존재하지 않습니다. 랙 배치도를 다시 불러오십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Released %n node(s).</source>
        <translation>
            <numerusform>노드 %n개를 반납했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n node(s) from %1 to %2.</source>
        <translation>
            <numerusform>%1부터 %2까지 노드 %n개를 배정했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the allocation: %1 added, %2 removed; %n node(s) from %3 to %4.</source>
        <translation>
            <numerusform>배정을 변경했습니다(%1개 추가, %2개 제거). %3부터 %4까지 노드 %n개입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>released</source>
        <translation>반납</translation>
    </message>
    <message>
        <source>The allocation of %1 was changed meanwhile (in another window or by a sync); reload the map and try again.</source>
        <translation>그사이 %1의 배정이 변경되었습니다(다른 창 또는 동기화). 랙 배치도를 다시 불러온 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 is %2; only selected, allocated and active projects hold nodes.</source>
        <translation>%1 과제는 &apos;%2&apos; 상태입니다. 선정, 배정, 사용 중 상태의 과제만 노드를 보유할 수 있습니다.</translation>
    </message>
    <message>
        <source>The allocation window began on %1.</source>
        <translation>배정된 사용 기간이 %1에 시작되었습니다.</translation>
    </message>
    <message>
        <source>The allocation window ended after %1.</source>
        <translation>배정된 사용 기간이 종료되었습니다(마지막 날: %1).</translation>
    </message>
    <message>
        <source>The provider no longer exists; choose another one.</source>
        <translation>제공 기관이 더 이상 존재하지 않습니다. 다른 제공 기관을 선택하십시오.</translation>
    </message>
    <message>
        <source>The hand-over list could not be read: %1</source>
        <translation>인계 목록을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <extracomment>Column headers of the hand-over list for a provider&apos;s operations team.</extracomment>
        <translation>센터</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Rack unit</source>
        <translation>랙 유닛</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>가속기</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Slurm account</source>
        <translation>Slurm 계정</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>The hand-over list could not be written: %1. Check that the folder is writable and the disk has room.</source>
        <translation>인계 목록을 저장하지 못했습니다: %1. 폴더에 쓰기 권한이 있는지, 디스크 공간이 충분한지 확인하십시오.</translation>
    </message>
    <message>
        <source>The release could not be saved: %1. Nothing was changed; try again, and if it keeps failing, check the profile&apos;s disk.</source>
        <translation>반납을 저장하지 못했습니다: %1. 아무것도 변경하지 않았습니다. 다시 시도하고, 계속 실패하면 프로필이 있는 디스크를 확인하십시오.</translation>
    </message>
    <message>
        <source>The application no longer exists; reload the list.</source>
        <translation>과제가 더 이상 존재하지 않습니다. 목록을 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>%1 holds no nodes, so there are none to release.</source>
        <translation>%1 과제가 보유한 노드가 없어 반납할 노드가 없습니다.</translation>
    </message>
    <message>
        <source>The allocation of %1 ended on %2; there is nothing left to release.</source>
        <translation>%1 과제의 배정은 %2에 종료되어 반납할 노드가 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>A chosen node is not held by %1 (any more); reload and choose again.</source>
        <translation>선택한 노드 중 %1 과제가 (더 이상) 보유하지 않은 노드가 있습니다. 다시 불러온 후 다시 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Released %n node(s) from %1 on.</source>
        <translation>
            <numerusform>%1부터 노드 %n개를 반납했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationRules</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 is in maintenance and takes no new work.</source>
        <translation>%1 노드는 점검 중이어서 새로 배정할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 has failed and takes no new work.</source>
        <translation>%1 노드는 고장 상태여서 새로 배정할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is reserved and takes no new work.</source>
        <translation>%1 노드는 예약되어 있어 새로 배정할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The window must end after it starts (it runs from %1 to %2).</source>
        <translation>사용 기간의 종료일은 시작일 이후여야 합니다(현재 %1부터 %2까지).</translation>
    </message>
    <message>
        <source>The window from %1 to %2 is longer than 12 months; let it end on %3 at the latest.</source>
        <translation>%1부터 %2까지의 사용 기간이 12개월을 넘습니다. 늦어도 %3에 끝나도록 하십시오.</translation>
    </message>
    <message>
        <source>The window from %1 to %2 is already over; choose dates to come.</source>
        <translation>%1부터 %2까지의 사용 기간은 이미 지났습니다. 앞으로의 날짜를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was granted %2 nodes; %n node(s) chosen.</source>
        <translation>
            <numerusform>%1 과제의 배정 노드 수는 %2개이지만 노드 %n개를 선택했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call allows at most %1 nodes per project; %n node(s) chosen for %2.</source>
        <translation>
            <numerusform>이 공모는 과제당 노드를 최대 %1개까지 허용하지만 %2 과제에 노드 %n개를 선택했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a %2 node; %3 asked for %4.</source>
        <translation>%1은(는) %2 노드이지만 %3 과제는 %4 노드를 신청했습니다.</translation>
    </message>
    <message>
        <source>%1 is in no pool; %2 draws on pool %3.</source>
        <translation>%1 노드는 자원 풀에 속하지 않습니다. %2 과제는 %3 자원 풀을 사용합니다.</translation>
    </message>
    <message>
        <source>%1 is in pool %2; %3 draws on pool %4.</source>
        <translation>%1 노드는 %2 자원 풀에 속합니다. %3 과제는 %4 자원 풀을 사용합니다.</translation>
    </message>
    <message>
        <source>%1 is already allocated to %2 from %3 to %4.</source>
        <translation>%1 노드는 %3부터 %4까지 이미 %2 과제에 배정되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is active: its nodes are in use. Shorten its window instead, or reclaim the project.</source>
        <translation>%1 과제는 사용 중이며 노드가 사용되고 있습니다. 대신 사용 기간을 줄이거나 과제를 회수하십시오.</translation>
    </message>
    <message>
        <source>%1 is %2; only selected, allocated and active projects hold nodes.</source>
        <translation>%1 과제는 &apos;%2&apos; 상태입니다. 선정, 배정, 사용 중 상태의 과제만 노드를 보유할 수 있습니다.</translation>
    </message>
    <message>
        <source>A chosen node is no longer in the fleet; reload the map and choose again.</source>
        <translation>선택한 노드 중 GPU 자원에 더 이상 없는 노드가 있습니다. 랙 배치도를 다시 불러온 후 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is chosen twice.</source>
        <translation>%1 노드가 두 번 선택되었습니다.</translation>
    </message>
</context>
<context>
    <name>ApplicationImporter</name>
    <message>
        <source>&apos;%1&apos; is not a valid receipt code: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>올바른 접수 번호가 아닙니다: &apos;%1&apos;. 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 사용하여 64자 이내로 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no call with code &apos;%1&apos;. Check the code, or create the call before importing.</source>
        <translation>공모 코드 &apos;%1&apos;에 해당하는 공모가 없습니다. 코드를 확인하거나, 가져오기 전에 공모를 먼저 만드십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an organisation type. Use one of university, research_institute, sme, startup, large_enterprise, public_agency, or 대학, 연구기관, 중소기업, 스타트업, 대기업, 공공기관.</source>
        <translation>기관 유형이 아닙니다: &apos;%1&apos;. university, research_institute, sme, startup, large_enterprise, public_agency 또는 대학, 연구기관, 중소기업, 스타트업, 대기업, 공공기관 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no. Use Y/N, true/false or 예/아니오.</source>
        <translation>예/아니오 값이 아닙니다: &apos;%1&apos;. Y/N, true/false 또는 예/아니오를 사용하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a business registration number. Use the form NNN-NN-NNNNN, e.g. 123-45-67890.</source>
        <translation>사업자등록번호가 아닙니다: &apos;%1&apos;. NNN-NN-NNNNN 형식(예: 123-45-67890)으로 입력하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address.</source>
        <translation>올바른 이메일 주소가 아닙니다: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a telephone number. Use digits, spaces, &apos;-&apos;, parentheses and an optional leading &apos;+&apos;.</source>
        <translation>전화번호가 아닙니다: &apos;%1&apos;. 숫자, 공백, &apos;-&apos;, 괄호와 맨 앞의 &apos;+&apos;(선택)만 사용하십시오.</translation>
    </message>
    <message>
        <source>There is no research field with code &apos;%1&apos;.</source>
        <translation>코드가 &apos;%1&apos;인 연구 분야가 없습니다.</translation>
    </message>
    <message>
        <source>There is no accelerator type &apos;%1&apos;.</source>
        <translation>알 수 없는 가속기 종류입니다: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive whole number of GPUs.</source>
        <translation>GPU 수는 양의 정수여야 합니다: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive whole number of months.</source>
        <translation>개월 수는 양의 정수여야 합니다: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Use YYYY-MM-DD, e.g. 2026-02-01.</source>
        <translation>날짜가 아닙니다: &apos;%1&apos;. YYYY-MM-DD 형식(예: 2026-02-01)으로 입력하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Slurm account: use up to 64 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>올바른 Slurm 계정이 아닙니다: &apos;%1&apos;. 영문 소문자, 숫자, &apos;_&apos;, &apos;-&apos;만 사용하여 64자 이내로 입력하십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with a UTC offset. Use ISO 8601, e.g. 2026-01-05T14:03:00+09:00.</source>
        <translation>UTC 오프셋이 포함된 날짜와 시각이 아닙니다: &apos;%1&apos;. ISO 8601 형식(예: 2026-01-05T14:03:00+09:00)으로 입력하십시오.</translation>
    </message>
    <message>
        <source>The column names do not match the applications format, so nothing was imported. %1 The columns are: %2.</source>
        <translation>열 이름이 과제 파일 형식과 맞지 않아 아무것도 가져오지 않았습니다. %1 과제 파일 형식의 열: %2.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>파일이 비어 있습니다. 머리글 행이 없습니다.</translation>
    </message>
    <message>
        <source>The CSV file is malformed, so nothing was imported. %1</source>
        <translation>CSV 파일 형식이 잘못되어 아무것도 가져오지 않았습니다. %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(빈 이름)</translation>
    </message>
    <message>
        <source>Unknown column(s): %1.</source>
        <translation>알 수 없는 열: %1.</translation>
    </message>
    <message>
        <source>Required column(s) missing: %1.</source>
        <translation>누락된 필수 열: %1.</translation>
    </message>
    <message>
        <source>Column(s) named more than once: %1.</source>
        <translation>중복된 열 이름: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields, but the header has %2 columns.</source>
        <translation>이 행의 필드는 %1개이지만 머리글의 열은 %2개입니다.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2), so nothing was imported.</source>
        <translation>올바른 JSON 파일이 아니어서 아무것도 가져오지 않았습니다(%2번째 문자: %1).</translation>
    </message>
    <message>
        <source>This JSON file is not a gpudesk applications export: its &quot;format&quot; must be &quot;gpudesk-applications&quot;.</source>
        <translation>이 JSON 파일은 gpudesk 과제 내보내기 파일이 아닙니다. &quot;format&quot; 값이 &quot;gpudesk-applications&quot;이어야 합니다.</translation>
    </message>
    <message>
        <source>This file has version %1 of the applications format; this gpudesk reads version 1.</source>
        <translation>이 파일의 과제 파일 형식 버전은 %1입니다. 이 gpudesk는 버전 1만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>The JSON file has no &quot;applications&quot; array.</source>
        <translation>JSON 파일에 &quot;applications&quot; 배열이 없습니다.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation>항목이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>The value must be text, a number or true/false.</source>
        <translation>값은 텍스트, 숫자 또는 true/false여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown key(s) in &quot;applications&quot;: %1 (first in entry %2).</source>
        <translation>&quot;applications&quot;의 알 수 없는 키: %1 (처음 나온 항목: %2).</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>필수 값입니다.</translation>
    </message>
    <message>
        <source>The value is too long: %1 characters, at most %2.</source>
        <translation>값이 너무 깁니다: %1자 (최대 %2자).</translation>
    </message>
    <message>
        <source>Known types: %1.</source>
        <translation>등록된 종류: %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>%1 파일이 없거나 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are refused. Split the export into smaller files.</source>
        <translation>파일 크기가 %1 MB입니다. %2 MB를 넘는 파일은 가져올 수 없습니다. 내보낸 파일을 더 작은 파일로 나누십시오.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was refused. Split the export into smaller files.</source>
        <translation>파일이 %1 MB보다 커서 가져오지 않았습니다. 내보낸 파일을 더 작은 파일로 나누십시오.</translation>
    </message>
    <message>
        <source>Unknown import format &apos;%1&apos;: use csv or json.</source>
        <translation>알 수 없는 가져오기 형식입니다: &apos;%1&apos;. csv 또는 json을 사용하십시오.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message>
        <source>Receipt code %1 appears more than once in the file (%2); none of them was imported.</source>
        <translation>접수 번호 %1: 파일에 두 번 이상 나옵니다(%2). 해당 항목은 하나도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>entries %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>행 %1</translation>
    </message>
    <message>
        <source>Receipt code %1 is already in the database: the application was imported before.</source>
        <translation>접수 번호가 %1인 과제가 이미 데이터베이스에 있습니다. 이전에 가져온 과제입니다.</translation>
    </message>
    <message>
        <source>The applications could not be saved, so nothing was imported. Details: %1</source>
        <translation>과제를 저장하지 못해 아무것도 가져오지 않았습니다. 상세 정보: %1</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>The application no longer exists.</source>
        <translation>과제가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Application %1 has an unknown status &apos;%2&apos;.</source>
        <translation>과제 %1의 상태를 알 수 없습니다: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The application&apos;s call is missing.</source>
        <translation>과제의 공모 정보가 없습니다.</translation>
    </message>
    <message>
        <source>%1: changing the granted nodes needs a reason; write why before confirming.</source>
        <translation>%1: 배정 노드 수를 변경하려면 사유가 필요합니다. 확인하기 전에 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>%1: a grant needs at least one node.</source>
        <translation>%1: 지원 결정에는 노드가 1개 이상 필요합니다.</translation>
    </message>
</context>
<context>
    <name>ApplicationStateMachine</name>
    <message>
        <source>Cannot move from %1 to %2: the application is already in that status</source>
        <translation>&apos;%1&apos; 상태에서 &apos;%2&apos; 상태로 변경할 수 없습니다. 과제가 이미 그 상태입니다</translation>
    </message>
    <message>
        <source>Cannot move from %1 to %2: %1 is final and the application cannot change</source>
        <translation>&apos;%1&apos; 상태에서 &apos;%2&apos; 상태로 변경할 수 없습니다. &apos;%1&apos; 상태는 최종 상태이므로 과제를 더 이상 변경할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot move from %1 to %2: from %1 the application can only go to %3</source>
        <translation>&apos;%1&apos; 상태에서 &apos;%2&apos; 상태로 변경할 수 없습니다. &apos;%1&apos; 상태에서 변경할 수 있는 상태: %3</translation>
    </message>
    <message>
        <source>Moving from %1 to %2 needs a reason; write why before confirming</source>
        <translation>&apos;%1&apos; 상태에서 &apos;%2&apos; 상태로 변경하려면 사유가 필요합니다. 확인하기 전에 사유를 입력하십시오</translation>
    </message>
</context>
<context>
    <name>AssignmentStatus</name>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>이해충돌</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was done so far…</source>
        <translation>취소하는 중: 지금까지 처리한 작업을 되돌리고 있습니다…</translation>
    </message>
</context>
<context>
    <name>CallSummaryReport</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>과제 수</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>신청 자원</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(분야 없음)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>예비 순위</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>배정 자원</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>과제 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No application of this call is on the waitlist.</source>
        <translation>이 공모에는 예비 과제가 없습니다.</translation>
    </message>
    <message>
        <source>No application of this call has been selected yet.</source>
        <translation>이 공모에서 아직 선정된 과제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waitlisted</source>
        <translation>
            <numerusform>%1: 예비 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: 선정 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>2. Review outcome</source>
        <translation>2. 평가 결과</translation>
    </message>
    <message>
        <source>Applications are ranked per accelerator type by their normalised score (each reviewer&apos;s scale corrected).</source>
        <translation>과제는 가속기 종류별로 표준화 점수(평가위원별 점수 척도 보정)에 따라 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>Applications are ranked per accelerator type by the mean of their reviews&apos; scores.</source>
        <translation>과제는 가속기 종류별로 평가 점수의 평균에 따라 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>Applications by status</source>
        <translation>상태별 과제</translation>
    </message>
    <message>
        <source>Selection per accelerator type</source>
        <translation>가속기 종류별 선정</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>자원 풀</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선정</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>예비</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>미선정</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>평가 중</translation>
    </message>
    <message>
        <source>Too few reviews</source>
        <translation>평가 수 부족</translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation>(자원 풀 없음)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The call offers no accelerator type.</source>
        <translation>이 공모가 제공하는 가속기 종류가 없습니다.</translation>
    </message>
    <message>
        <source>Committed counts every call that draws on the pool; selected counts the applications selected and those allocated, active, completed or reclaimed since, with the nodes granted to them.</source>
        <translation>확정은 이 자원 풀을 쓰는 모든 공모를 합한 값입니다. 선정은 선정된 과제와 그 뒤 배정, 사용 중, 종료, 회수된 과제를 배정된 노드와 함께 셉니다.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>공모 요약 보고서</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>Application window</source>
        <translation>접수 기간</translation>
    </message>
    <message>
        <source>1. Applications</source>
        <translation>1. 신청 과제</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) reached the call %1 from %2 to %3; together they request %4.</source>
        <translation>
            <numerusform>%2부터 %3까지 공모 %1에 과제 %n건이 접수되었습니다. 신청 자원은 모두 %4입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>By organisation type</source>
        <translation>기관 유형별</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>기관 유형</translation>
    </message>
    <message>
        <source>By accelerator type</source>
        <translation>가속기 종류별</translation>
    </message>
    <message>
        <source>Accelerator type</source>
        <translation>가속기 종류</translation>
    </message>
    <message>
        <source>By requested nodes</source>
        <translation>신청 노드 수별</translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation>신청 노드 수</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>분야별</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>The chart shows the 15 fields with the most applications; the table above lists every field.</source>
        <translation>그래프는 과제가 가장 많은 15개 분야를 보여 줍니다. 위 표에는 모든 분야가 있습니다.</translation>
    </message>
    <message>
        <source>3. Selected applications</source>
        <translation>3. 선정 과제</translation>
    </message>
    <message>
        <source>4. Waitlist</source>
        <translation>4. 예비 과제</translation>
    </message>
    <message>
        <source>Waitlisted applications move up in this order when selected projects give nodes back.</source>
        <translation>선정 과제가 노드를 반납하면 예비 과제는 이 순서대로 올라갑니다.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The profile database (default: the demo profile).</source>
        <translation>프로필 데이터베이스(기본값: 데모 프로필).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 프로필을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Fills a new profile with generated data.
  demo   the fleet of the program today, the round-1 call, about 400 applications
  scale  the 2028 fleet: 6,500 nodes, 20,000 applications, 100,000 reviews</source>
        <translation>생성한 데이터로 새 프로필을 채웁니다.
  demo   현재 사업의 GPU 자원, 1차 공모, 과제 약 400건
  scale  2028년 GPU 자원: 노드 6,500개, 과제 20,000건, 평가 100,000건</translation>
    </message>
    <message>
        <source>demo or scale</source>
        <translation>demo 또는 scale</translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same data).</source>
        <translation>생성기 시드(시드가 같으면 데이터도 같음).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Say which data to generate: demo or scale.</source>
        <translation>생성할 데이터를 지정하십시오: demo 또는 scale.</translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation>시드는 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Nothing was generated: %1</source>
        <translation>아무것도 생성하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Generated %1 nodes in %2 racks, %3 organisations, %4 applications, %5 reviewers, %6 reviews, %7 allocations in %8 s.</source>
        <translation>랙 %2개에 노드 %1개, 기관 %3개, 과제 %4건, 평가위원 %5명, 평가 %6건, 배정 %7건을 %8초 만에 생성했습니다.</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <source>command line import</source>
        <translation>명령줄 가져오기</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1:%2: %3%4</source>
        <translation>%1:%2: %3%4</translation>
    </message>
    <message>
        <source>Imported %1 applications (%2 new organisations); %3 rows rejected.</source>
        <translation>과제 %1건을 가져왔습니다(신규 기관 %2개). 거부된 행: %3개.</translation>
    </message>
    <message>
        <source>Name the telemetry format with --format dcgm or --format nvidia-smi.</source>
        <translation>--format dcgm 또는 --format nvidia-smi로 텔레메트리 형식을 지정하십시오.</translation>
    </message>
    <message>
        <source>nvidia-smi files do not say which host they come from: name it with --host HOSTNAME.</source>
        <translation>nvidia-smi 파일에는 호스트 정보가 없습니다. --host HOSTNAME으로 지정하십시오.</translation>
    </message>
    <message>
        <source>--at %1 is not an ISO 8601 time such as 2027-03-01T09:00:00+09:00.</source>
        <translation>--at %1은(는) 2027-03-01T09:00:00+09:00 같은 ISO 8601 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 skipped: the host is not in the fleet.</source>
        <translation>
            <numerusform>%1의 샘플 %n개를 건너뛰었습니다: GPU 자원에 없는 호스트입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) skipped: no GPU index.</source>
        <translation>
            <numerusform>샘플 %n개를 건너뛰었습니다: GPU 번호가 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MIG instance sample(s) skipped: only whole GPUs are stored.</source>
        <translation>
            <numerusform>MIG 인스턴스 샘플 %n개를 건너뛰었습니다: GPU 단위로만 저장합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 samples (%2 rollup rows updated) from %3 lines; %4 lines and %5 samples skipped.</source>
        <translation>%3줄에서 샘플 %1개를 가져왔습니다(집계 행 %2개 갱신). %4줄과 샘플 %5개는 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Imports a file into a profile.
  applications FILE   applications exported by the online platform (CSV or JSON;
                      see docs/import-format.md). Every row is checked; rejected rows
                      are listed with their line and reason.
  telemetry FILE      GPU telemetry: --format dcgm (dcgm-exporter text) or nvidia-smi
                      (CSV of one host, named with --host). Samples of hosts not in
                      the fleet are counted per host; the file is written whole or not
                      at all.</source>
        <translation type="vanished">파일을 프로필로 가져옵니다.
  applications FILE   온라인 플랫폼에서 내보낸 과제(CSV 또는 JSON,
                      docs/import-format.md 참조). 모든 행을 검사하고, 거부된 행은
                      줄 번호와 사유를 함께 표시합니다.
  telemetry FILE      GPU 텔레메트리: --format dcgm(dcgm-exporter 텍스트) 또는 nvidia-smi
                      (한 호스트의 CSV, --host로 지정). GPU 자원에 없는 호스트의 샘플은
                      호스트별로 집계하며, 파일은 전부 쓰거나 전혀 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>applications or telemetry</source>
        <translation>applications 또는 telemetry</translation>
    </message>
    <message>
        <source>Telemetry format: dcgm or nvidia-smi.</source>
        <translation type="vanished">텔레메트리 형식: dcgm 또는 nvidia-smi.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>The host an nvidia-smi file comes from.</source>
        <translation>nvidia-smi 파일을 만든 호스트.</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>호스트명</translation>
    </message>
    <message>
        <source>For dcgm lines without a timestamp: the moment of the scrape (ISO 8601; default now).</source>
        <translation>타임스탬프가 없는 dcgm 줄의 수집 시각(ISO 8601, 기본값은 현재).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Usage: gpudesk import applications FILE [--profile PATH]
       gpudesk import telemetry --format dcgm|nvidia-smi FILE [--profile PATH] [--host HOSTNAME] [--at ISO-TIME]</source>
        <translation type="vanished">사용법: gpudesk import applications FILE [--profile PATH]
       gpudesk import telemetry --format dcgm|nvidia-smi FILE [--profile PATH] [--host HOSTNAME] [--at ISO-TIME]</translation>
    </message>
    <message>
        <source>Imports a file into a profile.
  applications FILE   applications exported by the online platform (CSV or JSON;
                      see docs/import-format.md). Every row is checked; rejected rows
                      are listed with their line and reason.
  telemetry FILE      GPU telemetry: --format dcgm (dcgm-exporter text) or nvidia-smi
                      (CSV of one host, named with --host). Samples of hosts not in
                      the fleet are counted per host; the file is written whole or not
                      at all.
  telemetry --format prometheus --url URL
                      dcgm-exporter metrics from a Prometheus server&apos;s
                      HTTP API over a period; a token or password comes
                      from GPUDESK_PROMETHEUS_TOKEN, or
                      GPUDESK_PROMETHEUS_USER and _PASSWORD.</source>
        <translation>파일을 프로필로 가져옵니다.
  applications FILE   온라인 플랫폼에서 내보낸 과제(CSV 또는 JSON,
                      docs/import-format.md 참조). 모든 행을 검사하고, 거부된 행은
                      줄 번호와 사유를 함께 표시합니다.
  telemetry FILE      GPU 텔레메트리: --format dcgm(dcgm-exporter 텍스트) 또는 nvidia-smi
                      (한 호스트의 CSV, --host로 지정). GPU 자원에 없는 호스트의 샘플은
                      호스트별로 집계하며, 파일은 전부 쓰거나 전혀 쓰지 않습니다.
  telemetry --format prometheus --url URL
                      Prometheus 서버의 HTTP API에서 기간을 정해
                      dcgm-exporter 지표를 가져옵니다. 토큰이나 비밀번호는
                      GPUDESK_PROMETHEUS_TOKEN 또는
                      GPUDESK_PROMETHEUS_USER와 _PASSWORD에서 읽습니다.</translation>
    </message>
    <message>
        <source>Telemetry format: dcgm, nvidia-smi or prometheus.</source>
        <translation>텔레메트리 형식: dcgm, nvidia-smi 또는 prometheus.</translation>
    </message>
    <message>
        <source>Prometheus: the server&apos;s base URL.</source>
        <translation>Prometheus: 서버의 기본 URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Prometheus: start (ISO 8601; default an hour before --to).</source>
        <translation>Prometheus: 시작 시각(ISO 8601, 기본값은 --to의 한 시간 전).</translation>
    </message>
    <message>
        <source>Prometheus: end (ISO 8601; default now).</source>
        <translation>Prometheus: 끝 시각(ISO 8601, 기본값은 지금).</translation>
    </message>
    <message>
        <source>Prometheus: step, such as 60s or 5m.</source>
        <translation>Prometheus: 간격(예: 60s, 5m).</translation>
    </message>
    <message>
        <source>step</source>
        <translation>간격</translation>
    </message>
    <message>
        <source>Prometheus: label matchers, such as job=&quot;dcgm&quot;.</source>
        <translation>Prometheus: 레이블 조건(예: job=&quot;dcgm&quot;).</translation>
    </message>
    <message>
        <source>selector</source>
        <translation>선택자</translation>
    </message>
    <message>
        <source>Prometheus: CA file to verify the server.</source>
        <translation>Prometheus: 서버 인증서를 검증할 CA 파일.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Usage: gpudesk import applications FILE [--profile PATH]
       gpudesk import telemetry --format dcgm|nvidia-smi FILE [--profile PATH] [--host HOSTNAME] [--at ISO-TIME]
       gpudesk import telemetry --format prometheus --url URL [--from ISO-TIME] [--to ISO-TIME] [--step 60s] [--match SELECTOR] [--ca FILE] [--profile PATH]</source>
        <translation>사용법: gpudesk import applications FILE [--profile PATH]
       gpudesk import telemetry --format dcgm|nvidia-smi FILE [--profile PATH] [--host HOSTNAME] [--at ISO-TIME]
       gpudesk import telemetry --format prometheus --url URL [--from ISO-TIME] [--to ISO-TIME] [--step 60s] [--match SELECTOR] [--ca FILE] [--profile PATH]</translation>
    </message>
    <message>
        <source>Name the Prometheus server with --url, such as --url https://prometheus.example:9090/.</source>
        <translation>--url로 Prometheus 서버를 지정하세요(예: --url https://prometheus.example:9090/).</translation>
    </message>
    <message>
        <source>--step %1 is not a step such as 60s, 5m or 1h.</source>
        <translation>--step %1은(는) 60s, 5m, 1h 같은 간격이 아닙니다.</translation>
    </message>
    <message>
        <source>--to %1 is not an ISO 8601 time such as 2027-03-01T09:00:00+09:00.</source>
        <translation>--to %1은(는) 2027-03-01T09:00:00+09:00 같은 ISO 8601 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>--from %1 is not an ISO 8601 time such as 2027-03-01T09:00:00+09:00.</source>
        <translation>--from %1은(는) 2027-03-01T09:00:00+09:00 같은 ISO 8601 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>The samples up to %1 were imported; fetch again from there.</source>
        <translation>%1까지의 샘플은 가져왔습니다. 그 이후부터 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>This profile has no calls: there is nothing to report on yet.</source>
        <translation>이 프로필에는 공모가 없어 보고서를 만들 대상이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Name the call with --call; the profile has %1.</source>
        <translation>--call로 공모를 지정하십시오. 이 프로필의 공모: %1.</translation>
    </message>
    <message>
        <source>Writes a report as a PDF (A4, fonts embedded), without a window.
  call-summary  a call&apos;s applications, review outcome, selected and waitlisted
  allocation    the fleet&apos;s nodes, occupancy over the coming year, allocations ending
  usage         utilisation, projects flagged as idle with their evidence, checks
  statements    a call&apos;s monthly cost-share statements and its total</source>
        <translation>창 없이 보고서를 PDF(A4, 글꼴 포함)로 씁니다.
  call-summary  공모의 신청 과제, 평가 결과, 선정 과제와 예비 과제
  allocation    전체 노드, 앞으로 1년의 배정률, 끝나 가는 배정
  usage         사용률, 유휴로 판정된 과제와 근거, 성과 점검
  statements    공모의 월별 자부담 정산서와 합계</translation>
    </message>
    <message>
        <source>call-summary, allocation, usage or statements</source>
        <translation>call-summary, allocation, usage 또는 statements</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>쓸 PDF 파일.</translation>
    </message>
    <message>
        <source>Language of the report: ko or en.</source>
        <translation>보고서 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The call, by code or id (default: the profile&apos;s only call).</source>
        <translation>공모의 코드 또는 ID(기본값: 프로필에 공모가 하나뿐이면 그 공모).</translation>
    </message>
    <message>
        <source>call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD) or month (YYYY-MM): usage and statements. Usage defaults to the 30 days up to yesterday, statements to every month.</source>
        <translation>첫날(YYYY-MM-DD) 또는 첫 달(YYYY-MM): usage와 statements. usage는 기본값이 어제까지 30일, statements는 모든 달입니다.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Last day or month: usage and statements.</source>
        <translation>마지막 날 또는 마지막 달: usage와 statements.</translation>
    </message>
    <message>
        <source>The classification printed on every page, such as 대외비 (default: none).</source>
        <translation>모든 쪽에 인쇄할 보안 등급, 예: 대외비(기본값: 없음).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>문구</translation>
    </message>
    <message>
        <source>The name printed as the report&apos;s author.</source>
        <translation>보고서 작성자로 인쇄할 이름.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Call summary: rank by normalised scores.</source>
        <translation>공모 요약 보고서: 표준화 점수로 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>Say which report to write: call-summary, allocation, usage or statements. See gpudesk report --help.</source>
        <translation>쓸 보고서를 지정하십시오: call-summary, allocation, usage 또는 statements. gpudesk report --help를 참고하십시오.</translation>
    </message>
    <message>
        <source>Name the PDF to write with --out FILE.</source>
        <translation>쓸 PDF를 --out FILE로 지정하십시오.</translation>
    </message>
    <message>
        <source>--lang takes ko or en, not %1.</source>
        <translation>--lang에는 ko 또는 en을 쓰십시오(%1은 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>Write days as YYYY-MM-DD (2026-02-01) or months as YYYY-MM (2026-02).</source>
        <translation>날짜는 YYYY-MM-DD(2026-02-01), 월은 YYYY-MM(2026-02)으로 쓰십시오.</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>보고서를 쓰지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n page(s), in %3 s.</source>
        <translation>
            <numerusform>%1에 썼습니다: %2, %n쪽, %3초.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as CSV UTF-8 and try again.</source>
        <translation>파일이 UTF-16 텍스트입니다. CSV UTF-8 형식으로 저장한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed (a quote character is missing). Check the quotes from this line on.</source>
        <translation>%1행: 따옴표로 묶은 필드가 닫히지 않았습니다(따옴표가 하나 빠졌습니다). 이 행부터 따옴표를 확인하십시오.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each quote doubled (&quot;&quot;).</source>
        <translation>%1행: 닫는 따옴표 뒤에 예상하지 못한 텍스트가 있습니다. 따옴표가 들어 있는 필드는 필드 전체를 따옴표로 묶고, 필드 안의 따옴표는 두 번(&quot;&quot;) 써야 합니다.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as CSV UTF-8 and try again.</source>
        <translation>%1행이 올바른 UTF-8 텍스트가 아닙니다. 파일을 CSV UTF-8 형식으로 저장한 후 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>Checking the profile</source>
        <translation>프로필 확인 중</translation>
    </message>
    <message>
        <source>This profile already has applications or nodes. Generated data goes into a new, empty profile only: create one and generate there.</source>
        <translation>이 프로필에 이미 과제나 노드가 있습니다. 생성 데이터는 비어 있는 새 프로필에만 넣을 수 있습니다. 새 프로필을 만든 후 그 프로필에서 생성하십시오.</translation>
    </message>
    <message>
        <source>Planning the fleet, organisations and applications</source>
        <translation>GPU 자원, 기관, 과제 구성 중</translation>
    </message>
    <message>
        <source>Planning reviews, selections and allocations</source>
        <translation>평가, 선정, 배정 구성 중</translation>
    </message>
    <message>
        <source>Writing the fleet</source>
        <translation>GPU 자원 기록 중</translation>
    </message>
    <message>
        <source>Writing organisations, users and calls</source>
        <translation>기관, 사용자, 공모 기록 중</translation>
    </message>
    <message>
        <source>Writing applications and their history</source>
        <translation>과제와 이력 기록 중</translation>
    </message>
    <message>
        <source>Writing reviewers, assignments and reviews</source>
        <translation>평가위원, 평가 배정, 평가 결과 기록 중</translation>
    </message>
    <message>
        <source>Writing grants and allocations</source>
        <translation>지원 결정과 배정 기록 중</translation>
    </message>
    <message>
        <source>Generating the demo data failed: %1</source>
        <translation>데모 데이터를 생성하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Generating the scale data failed: %1</source>
        <translation>대규모(scale) 데이터를 생성하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Progress step: the data were generated and saved</extracomment>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>DcgmParser</name>
    <message>
        <source>The line does not start with a metric name.</source>
        <translation>줄이 메트릭 이름으로 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>The label set is broken (expected {name=&quot;value&quot;, ...}).</source>
        <translation>레이블 목록이 깨졌습니다({name=&quot;value&quot;, ...} 형식이어야 합니다).</translation>
    </message>
    <message>
        <source>The line has no value.</source>
        <translation>줄에 값이 없습니다.</translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation>값이 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>The timestamp is not a whole number of milliseconds.</source>
        <translation>타임스탬프가 밀리초 단위의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>There is unexpected text after the timestamp.</source>
        <translation>타임스탬프 뒤에 예상하지 못한 텍스트가 있습니다.</translation>
    </message>
    <message>
        <source>The line has no Hostname label, so its node is unknown.</source>
        <translation>줄에 Hostname 레이블이 없어 노드를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The line has neither a gpu nor a UUID label.</source>
        <translation>줄에 gpu 레이블도 UUID 레이블도 없습니다.</translation>
    </message>
    <message>
        <source>The gpu label is not a GPU index.</source>
        <translation>gpu 레이블이 GPU 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>The value is outside the possible range for this metric.</source>
        <translation>값이 이 메트릭이 가질 수 있는 범위를 벗어납니다.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown metric %1: %n line(s) skipped, the first here.</source>
        <translation>
            <numerusform>알 수 없는 메트릭 %1: %n줄을 건너뛰었습니다(첫 줄은 여기).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exclusion</name>
    <message>
        <source>Eligible</source>
        <translation>배정 가능</translation>
    </message>
    <message>
        <source>Same organisation</source>
        <translation>동일 기관</translation>
    </message>
    <message>
        <source>Declared conflict with the organisation</source>
        <translation>기관과의 이해충돌 신고</translation>
    </message>
    <message>
        <source>Declared conflict with %1</source>
        <translation>%1과(와)의 이해충돌 신고</translation>
    </message>
    <message>
        <source>Named in the application</source>
        <translation>과제 참여 인력으로 기재됨</translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>The reviewer declined this application earlier.</extracomment>
        <translation>거절함</translation>
    </message>
    <message>
        <source>Declared a conflict</source>
        <extracomment>The reviewer declared a conflict of interest for this application.</extracomment>
        <translation>이해충돌 신고함</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>이미 배정됨</translation>
    </message>
</context>
<context>
    <name>FleetRepository</name>
    <message>
        <source>The fleet could not be read: %1</source>
        <translation>GPU 자원 정보를 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>NvidiaSmiParser</name>
    <message>
        <source>The header has no timestamp column or neither uuid nor index, so no line of this file can be read. Export with the query fields timestamp,name,uuid,pci.bus_id,index,utilization.gpu,memory.used,memory.total,power.draw.</source>
        <translation>머리글에 timestamp 열이 없거나 uuid와 index가 모두 없어 이 파일의 어떤 줄도 읽을 수 없습니다. 조회 필드 timestamp,name,uuid,pci.bus_id,index,utilization.gpu,memory.used,memory.total,power.draw로 내보내십시오.</translation>
    </message>
    <message>
        <source>Expected %1 values separated by commas, found %2.</source>
        <translation>쉼표로 구분된 값 %1개가 필요하지만 %2개가 있습니다.</translation>
    </message>
    <message>
        <source>The timestamp &quot;%1&quot; is not of the form YYYY/MM/DD HH:MM:SS.mmm.</source>
        <translation>타임스탬프 &quot;%1&quot;이(가) YYYY/MM/DD HH:MM:SS.mmm 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The GPU index &quot;%1&quot; is not a whole number.</source>
        <translation>GPU 번호 &quot;%1&quot;이(가) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>The utilisation &quot;%1&quot; is above 100%.</source>
        <translation>사용률 &quot;%1&quot;이(가) 100%를 넘습니다.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number in %2.</source>
        <translation>값 &quot;%1&quot;이(가) %2 단위의 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>The line has no timestamp.</source>
        <translation>줄에 타임스탬프가 없습니다.</translation>
    </message>
    <message>
        <source>The line names no GPU (neither uuid nor index).</source>
        <translation>줄에 GPU가 지정되지 않았습니다(uuid도 index도 없음).</translation>
    </message>
</context>
<context>
    <name>OrganizationType</name>
    <message>
        <source>University</source>
        <translation>대학</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>연구기관</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>중소기업</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>스타트업</translation>
    </message>
    <message>
        <source>Large enterprise</source>
        <translation>대기업</translation>
    </message>
    <message>
        <source>Public agency</source>
        <translation>공공기관</translation>
    </message>
</context>
<context>
    <name>PerformanceCheckRepository</name>
    <message>
        <source>The performance check could not be saved: %1. Nothing was changed; try again, and if it keeps failing, check the profile&apos;s disk.</source>
        <translation>성과 점검을 저장하지 못했습니다: %1. 아무것도 변경하지 않았습니다. 다시 시도하고, 계속 실패하면 프로필이 있는 디스크를 확인하십시오.</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A performance check not decided yet.</extracomment>
        <translation>미결</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Reduction</source>
        <extracomment>A performance check that released some of the project&apos;s nodes.</extracomment>
        <translation>감축</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>회수</translation>
    </message>
    <message>
        <source>Cleared</source>
        <extracomment>A performance check closed without action.</extracomment>
        <translation>조치 없음</translation>
    </message>
    <message>
        <source>Engine activity</source>
        <extracomment>Busy time measured by DCGM&apos;s graphics engine activity.</extracomment>
        <translation>엔진 활성도</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <extracomment>Busy time measured by DCGM&apos;s GPU utilisation.</extracomment>
        <translation>GPU 사용률</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>혼합</translation>
    </message>
    <message>
        <source>The projects could not be read: %1</source>
        <translation>과제를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The usage of %1 could not be read.</source>
        <translation>%1 과제의 사용률을 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>A performance check needs a reason: write why before confirming.</source>
        <translation>성과 점검에는 사유가 필요합니다. 확인하기 전에 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose how the check ends: warning, reduction, reclaim or cleared.</source>
        <translation>점검 결과를 경고, 감축, 회수, 조치 없음 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>The project no longer exists; reload the list.</source>
        <translation>과제가 더 이상 존재하지 않습니다. 목록을 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>%1: warning recorded.</source>
        <translation>%1: 경고를 기록했습니다.</translation>
    </message>
    <message>
        <source>%1: check cleared without action.</source>
        <translation>%1: 조치 없이 점검을 종결했습니다.</translation>
    </message>
    <message>
        <source>%1 is %2; only allocated or active projects can have their nodes reduced.</source>
        <translation>%1 과제는 &apos;%2&apos; 상태입니다. 배정 또는 사용 중 상태의 과제만 노드를 감축할 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose at least one node to release.</source>
        <translation>반납할 노드를 하나 이상 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n node(s); a reduction must leave it at least one. To release every node, reclaim the project.</source>
        <translation>
            <numerusform>%1 과제는 노드 %n개를 보유하고 있으며, 감축 후에도 노드가 1개 이상 남아야 합니다. 모든 노드를 반납하려면 과제를 회수하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reduction must leave %1 at least one node. To release every node, reclaim the project.</source>
        <translation>감축 후에도 %1 과제에 노드가 1개 이상 남아야 합니다. 모든 노드를 반납하려면 과제를 회수하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s) released from now on.</source>
        <translation>
            <numerusform>%1: 지금부터 노드 %n개를 반납했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2; only allocated or active projects can be reclaimed.</source>
        <translation>%1 과제는 &apos;%2&apos; 상태입니다. 배정 또는 사용 중 상태의 과제만 회수할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reclaimed; %n node(s) released from now on.</source>
        <translation>
            <numerusform>%1 과제를 회수했습니다. 지금부터 노드 %n개를 반납했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message numerus="yes">
        <source>Only %1 free %2 nodes for %3 – %4, %n needed. Choose another window or ask for fewer nodes.</source>
        <translation>
            <numerusform>%3 – %4 기간에 사용 가능한 %2 노드는 %1개뿐이지만 %n개가 필요합니다. 다른 사용 기간을 선택하거나 노드 수를 줄이십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 free %2 nodes in pool %3 for %4 – %5, %n needed. Choose another window or ask for fewer nodes.</source>
        <translation>
            <numerusform>%4 – %5 기간에 %3 자원 풀에서 사용 가능한 %2 노드는 %1개뿐이지만 %n개가 필요합니다. 다른 사용 기간을 선택하거나 노드 수를 줄이십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>cluster</comment>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 free %2 nodes for %3 – %4, but no cluster has the %n needed: at most %5 in one cluster (%6). Place the project by hand over several clusters or choose another window.</source>
        <translation>
            <numerusform>%3 – %4 기간에 사용 가능한 %2 노드는 %1개이지만, 필요한 %n개를 모두 가진 클러스터가 없습니다(한 클러스터에 최대 %5개: %6). 여러 클러스터에 걸쳐 과제를 직접 배치하거나 다른 사용 기간을 선택하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 free %2 nodes in pool %3 for %4 – %5, but no cluster has the %n needed: at most %6 in one cluster (%7). Place the project by hand over several clusters or choose another window.</source>
        <translation>
            <numerusform>%4 – %5 기간에 %3 자원 풀에서 사용 가능한 %2 노드는 %1개이지만, 필요한 %n개를 모두 가진 클러스터가 없습니다(한 클러스터에 최대 %6개: %7). 여러 클러스터에 걸쳐 과제를 직접 배치하거나 다른 사용 기간을 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request names no accelerator type the fleet knows.</source>
        <translation>요청한 가속기 종류가 GPU 자원에 없습니다.</translation>
    </message>
    <message>
        <source>The request names a pool the fleet does not have.</source>
        <translation>요청한 자원 풀이 GPU 자원에 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to place: the project already holds all the nodes it needs.</source>
        <translation>배치할 노드가 없습니다. 과제에 필요한 노드가 모두 배정되어 있습니다.</translation>
    </message>
    <message>
        <source>The window %1 – %2 is empty: choose an end after the start.</source>
        <translation>사용 기간 %1 – %2에 해당하는 날이 없습니다. 종료일을 시작일 이후로 선택하십시오.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>요청 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A project&apos;s code, then why it was not placed.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlacementCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
</context>
<context>
    <name>ProfileErrorDialog</name>
    <message>
        <source>Cannot open the profile</source>
        <translation>프로필을 열 수 없음</translation>
    </message>
    <message>
        <source>gpudesk cannot open %1.</source>
        <translation>gpudesk에서 다음 프로필을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Open another profile…</source>
        <translation>다른 프로필 열기…</translation>
    </message>
    <message>
        <source>Create a new profile…</source>
        <translation>새 프로필 만들기…</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>There is no active user &apos;%1&apos; in this profile.</source>
        <translation>이 프로필에는 로그인 ID가 &apos;%1&apos;인 활성 사용자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>PrometheusDecoder</name>
    <message>
        <source>(no metric name)</source>
        <translation>(지표 이름 없음)</translation>
    </message>
    <message>
        <source> GPU %1</source>
        <translation> GPU %1</translation>
    </message>
    <message>
        <source> MIG instance %1</source>
        <translation> MIG 인스턴스 %1</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2), so it did not come from Prometheus&apos; HTTP API. Check that the URL points at the Prometheus server itself.</source>
        <translation>응답이 올바른 JSON이 아니므로(%2바이트 위치에서 %1) Prometheus HTTP API의 응답이 아닙니다. URL이 Prometheus 서버 자체를 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>The answer is JSON but not a Prometheus answer (no object at the top). Check that the URL points at the Prometheus server.</source>
        <translation>응답이 JSON이지만 Prometheus 응답이 아닙니다(최상위가 객체가 아님). URL이 Prometheus 서버를 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>Prometheus reported an error without a message.</source>
        <translation>Prometheus가 메시지 없이 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>The answer has no &quot;status&quot;: &quot;success&quot;, so it is not a Prometheus query result. Check that the URL points at the Prometheus server.</source>
        <translation>응답에 &quot;status&quot;: &quot;success&quot;가 없어 Prometheus 조회 결과가 아닙니다. URL이 Prometheus 서버를 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>Prometheus answered with a result of type &quot;%1&quot; where a range query gives a matrix.</source>
        <translation>범위 조회는 matrix를 돌려주어야 하는데 Prometheus가 &quot;%1&quot; 유형의 결과로 응답했습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the metric is not one gpudesk stores.</source>
        <translation>gpudesk가 저장하는 지표가 아닙니다.</translation>
    </message>
    <message>
        <source>the series has no Hostname label, so its node is unknown.</source>
        <translation>시계열에 Hostname 레이블이 없어 노드를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>the gpu label is not a GPU index.</source>
        <translation>gpu 레이블이 GPU 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>the series has neither a gpu nor a UUID label.</source>
        <translation>시계열에 gpu 레이블도 UUID 레이블도 없습니다.</translation>
    </message>
    <message>
        <source>the series has no list of values.</source>
        <translation>시계열에 값 목록이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) are not a [time, &quot;value&quot;] pair with a number.</source>
        <translation>
            <numerusform>%n개 지점이 숫자로 된 [시각, &quot;값&quot;] 쌍이 아닙니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are outside the possible range for this metric.</source>
        <translation>
            <numerusform>%n개 값이 이 지표가 가질 수 있는 범위를 벗어납니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrometheusFetch</name>
    <message numerus="yes">
        <source>Imported %1 samples (%2 rollup rows updated) from %n query(ies); %3 samples and %4 series skipped.</source>
        <translation>
            <numerusform>조회 %n건에서 샘플 %1개를 가져왔습니다(집계 행 %2개 갱신). 샘플 %3개와 시계열 %4개는 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus warns: %1</source>
        <translation>Prometheus 경고: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 skipped: the host is not in the fleet.</source>
        <translation>
            <numerusform>%1의 샘플 %n개를 건너뛰었습니다: GPU 자원에 없는 호스트입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) skipped: no GPU index.</source>
        <translation>
            <numerusform>샘플 %n개를 건너뛰었습니다: GPU 번호가 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MIG instance sample(s) skipped: only whole GPUs are stored.</source>
        <translation>
            <numerusform>MIG 인스턴스 샘플 %n개를 건너뛰었습니다: GPU 단위로만 저장합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period is empty: its end comes before its start (or before the first step of %1 s after it). Choose a later end.</source>
        <translation>기간이 비어 있습니다: 끝이 시작보다(또는 시작 뒤 첫 %1초 간격보다) 앞섭니다. 더 늦은 끝 시각을 고르세요.</translation>
    </message>
    <message>
        <source>Fetching %1 to %2 from %3…</source>
        <translation>%3에서 %1부터 %2까지 가져오는 중…</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>%1에서 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>PrometheusQuery</name>
    <message>
        <source>The label filter &quot;%1&quot; cannot be read at character %2: %3 Write matchers such as job=&quot;dcgm&quot;, cluster=~&quot;b200-.*&quot;.</source>
        <translation>레이블 필터 &quot;%1&quot;의 %2번째 글자를 읽을 수 없습니다: %3 job=&quot;dcgm&quot;, cluster=~&quot;b200-.*&quot;처럼 조건을 쓰세요.</translation>
    </message>
    <message>
        <source>a label name must start with a letter or an underscore.</source>
        <translation>레이블 이름은 영문자나 밑줄로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>the metric names are chosen by gpudesk, not by the filter.</source>
        <translation>지표 이름은 필터가 아니라 gpudesk가 정합니다.</translation>
    </message>
    <message>
        <source>expected =, !=, =~ or !~ after the label name.</source>
        <translation>레이블 이름 뒤에 =, !=, =~ 또는 !~가 와야 합니다.</translation>
    </message>
    <message>
        <source>the value must be in double quotes.</source>
        <translation>값은 큰따옴표로 묶어야 합니다.</translation>
    </message>
    <message>
        <source>the closing double quote is missing.</source>
        <translation>닫는 큰따옴표가 없습니다.</translation>
    </message>
    <message>
        <source>expected a comma between matchers.</source>
        <translation>조건 사이에 쉼표가 와야 합니다.</translation>
    </message>
</context>
<context>
    <name>PrometheusSourceSettings</name>
    <message>
        <source>The credentials could not be saved to %1: %2. Check that the folder is writable; nothing was changed.</source>
        <translation>인증 정보를 %1에 저장하지 못했습니다: %2. 폴더에 쓸 수 있는지 확인하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The source list could not be saved to the settings (%1). Check that the settings file is writable.</source>
        <translation>소스 목록을 설정(%1)에 저장하지 못했습니다. 설정 파일에 쓸 수 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>RackMap</name>
    <message>
        <source>Free</source>
        <extracomment>A node&apos;s state on the rack map</extracomment>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Allocated</source>
        <extracomment>A node&apos;s state on the rack map</extracomment>
        <translation>배정</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>점검 중</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>고장</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1열</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>랙 %1</translation>
    </message>
    <message>
        <source>U%1–U%2</source>
        <translation>U%1–U%2</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No allocation holds the node</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no pool</source>
        <translation>자원 풀 없음</translation>
    </message>
    <message numerus="yes">
        <source>Type: %1, %n GPU(s)</source>
        <translation>
            <numerusform>종류: %1, GPU %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>자원 풀: %1</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>%1 배정: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>다음 배정: %1</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Busy %</source>
        <translation>사용률 %</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 GPU = %Ln node(s)</source>
        <extracomment>GPUs with the nodes they come in, as UX.md writes them: 128 GPU = 16 nodes</extracomment>
        <translation>
            <numerusform>%1 GPU = %Ln노드</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>The report could not be drawn on the page: the printer or the file refused it. Check the printer, or that the folder is writable, and try again.</source>
        <translation>보고서를 페이지에 그리지 못했습니다. 프린터나 파일이 받아들이지 않았습니다. 프린터를 확인하거나 폴더에 쓸 수 있는지 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Page %1 of the report could not be started: the printer or the disk stopped taking it.</source>
        <translation>보고서 %1쪽을 시작하지 못했습니다. 프린터나 디스크가 더 이상 받지 않습니다.</translation>
    </message>
    <message>
        <source>The report could not be finished: the printer or the disk refused the last page.</source>
        <translation>보고서를 마치지 못했습니다. 프린터나 디스크가 마지막 쪽을 받지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2. Choose another folder or file name.</source>
        <translation>%1을(를) 쓰기용으로 열지 못했습니다: %2. 다른 폴더나 파일 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the folder is writable and the disk has room.</source>
        <translation>%1을(를) 저장하지 못했습니다: %2. 폴더에 쓸 수 있는지, 디스크에 여유 공간이 있는지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This profile has no calls yet: import or create a call before asking for its report.</source>
        <translation>이 프로필에는 아직 공모가 없습니다. 보고서를 만들기 전에 공모를 가져오거나 만드십시오.</translation>
    </message>
    <message>
        <source>There is no call %1 in this profile. Choose one of its calls: %2.</source>
        <translation>이 프로필에 공모 %1이(가) 없습니다. 다음 공모 가운데 하나를 고르십시오: %2.</translation>
    </message>
    <message>
        <source>The applications of the call could not be counted: %1</source>
        <translation>공모의 과제를 집계하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>기간의 마지막 날은 첫날과 같거나 그 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The period is longer than a year: choose at most 366 days.</source>
        <translation>기간이 1년보다 깁니다. 366일 이하로 고르십시오.</translation>
    </message>
    <message>
        <source>%1 is not a month: write it as YYYY-MM, such as 2026-02.</source>
        <translation>%1은(는) 월이 아닙니다. 2026-02처럼 YYYY-MM 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>공모 요약 보고서</translation>
    </message>
    <message>
        <source>Allocation status</source>
        <translation>배정 현황 보고서</translation>
    </message>
    <message>
        <source>Usage and performance checks</source>
        <translation>사용률 및 성과 점검 보고서</translation>
    </message>
    <message>
        <source>Cost-share statements</source>
        <translation>자부담 정산 보고서</translation>
    </message>
    <message>
        <source>The call&apos;s applications by organisation type, field, accelerator type and requested nodes; the review outcome; the selected and waitlisted applications with their scores.</source>
        <translation>공모의 신청 과제를 기관 유형, 분야, 가속기 종류, 신청 노드 수별로 보여 주고, 평가 결과와 선정·예비 과제를 점수와 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>The fleet&apos;s nodes by provider, cluster, pool and type today; occupancy month by month over the coming year; the allocations ending soon.</source>
        <translation>오늘 기준 운영사, 클러스터, 자원 풀, 종류별 노드와 앞으로 1년의 월별 배정률, 곧 끝나는 배정을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Utilisation of the fleet and of the call&apos;s projects over the period; the projects the idle check flags, with their evidence; the checks recorded.</source>
        <translation>기간 동안 전체 자원과 공모 과제의 사용률, 유휴로 판정된 과제와 그 근거, 기록된 성과 점검을 보여 줍니다.</translation>
    </message>
    <message>
        <source>The call&apos;s monthly cost-share statements per project and the call&apos;s total over the months chosen.</source>
        <translation>선택한 달들의 과제별 월 자부담 정산서와 공모 합계를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Choose the call the report is about.</source>
        <translation>보고서의 대상 공모를 고르십시오.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2): swap the two dates.</source>
        <translation>기간의 끝(%1)이 시작(%2)보다 앞섭니다. 두 날짜를 바꾸십시오.</translation>
    </message>
    <message>
        <source>The usage report needs the profile&apos;s telemetry, which this gpudesk cannot read yet. The other reports are available.</source>
        <translation>사용률 보고서에는 프로필의 사용률 데이터가 필요한데, 이 gpudesk는 아직 그것을 읽을 수 없습니다. 다른 보고서는 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>생성: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page number in a report&apos;s footer: page 3 of 40</extracomment>
        <translation>%1 / %2쪽</translation>
    </message>
    <message>
        <source>(continued)</source>
        <extracomment>Added to a table&apos;s heading on the pages it continues on</extracomment>
        <translation>(계속)</translation>
    </message>
</context>
<context>
    <name>ReviewCellState</name>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>이해충돌</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>평가 재개</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>asg</source>
        <extracomment>Matrix cell, a few letters: assigned, no answer yet.</extracomment>
        <translation>배정</translation>
    </message>
    <message>
        <source>acc</source>
        <extracomment>Matrix cell, a few letters: the reviewer accepted.</extracomment>
        <translation>수락</translation>
    </message>
    <message>
        <source>dec</source>
        <extracomment>Matrix cell, a few letters: the reviewer declined.</extracomment>
        <translation>거절</translation>
    </message>
    <message>
        <source>COI</source>
        <extracomment>Matrix cell, a few letters: conflict of interest declared.</extracomment>
        <translation>충돌</translation>
    </message>
    <message>
        <source>drf</source>
        <extracomment>Matrix cell, a few letters: review being written.</extracomment>
        <translation>작성</translation>
    </message>
    <message>
        <source>sub</source>
        <extracomment>Matrix cell, a few letters: review submitted.</extracomment>
        <translation>제출</translation>
    </message>
    <message>
        <source>reo</source>
        <extracomment>Matrix cell, a few letters: review reopened by the officer.</extracomment>
        <translation>재개</translation>
    </message>
    <message>
        <source>LATE</source>
        <extracomment>Matrix cell, a few letters: not submitted after the deadline.</extracomment>
        <translation>초과</translation>
    </message>
</context>
<context>
    <name>ReviewMatrixModel</name>
    <message>
        <source>%1 submitted of %2 assigned (%3 wanted)</source>
        <translation>배정 %2건 중 %1건 제출(필요 %3건)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Submitted</source>
        <extracomment>Column: submitted reviews / active assignments.</extracomment>
        <translation>접수</translation>
    </message>
</context>
<context>
    <name>ReviewPanelRepository</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>감사 로그를 기록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 failed; nothing was changed. Details: %2</source>
        <translation>%1에 실패하여 아무것도 변경하지 않았습니다. 상세 정보: %2</translation>
    </message>
    <message>
        <source>Adding the reviewer to the panel</source>
        <translation>평가위원단에 평가위원 추가</translation>
    </message>
    <message>
        <source>Removing the reviewer from the panel</source>
        <translation>평가위원단에서 평가위원 제외</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n active assignment(s) in this call. Withdraw them first, then remove the reviewer from the panel.</source>
        <translation>
            <numerusform>%1 평가위원에게 이 공모의 진행 중인 배정이 %n건 남아 있습니다. 먼저 배정을 취소한 후 평가위원단에서 제외하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the assignments</source>
        <translation>평가 배정 기록</translation>
    </message>
    <message>
        <source>The call has no panel yet. Add reviewers to the panel first.</source>
        <translation>이 공모에는 아직 평가위원단이 없습니다. 먼저 평가위원단에 평가위원을 추가하십시오.</translation>
    </message>
    <message>
        <source>%1, %2: the application is not under review in this call</source>
        <translation>%1, %2: 이 공모에서 평가 중인 과제가 아닙니다</translation>
    </message>
    <message>
        <source>%1, %2: not on the call&apos;s panel</source>
        <translation>%1, %2: 이 공모의 평가위원단에 속하지 않습니다</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Withdrawing the assignment</source>
        <translation>평가 배정 취소</translation>
    </message>
    <message>
        <source>The assignment no longer exists; refresh the view.</source>
        <translation>배정이 더 이상 존재하지 않습니다. 화면을 새로 고치십시오.</translation>
    </message>
    <message>
        <source>%1 has already submitted a review of %2, so the assignment cannot be withdrawn. Reopen the review instead if it needs changes.</source>
        <translation>%1 평가위원이 이미 %2 과제의 평가를 제출했으므로 배정을 취소할 수 없습니다. 수정이 필요하면 대신 평가를 재개하십시오.</translation>
    </message>
    <message>
        <source>Reopening a submitted review needs a reason; the reviewer will see it.</source>
        <translation>제출된 평가를 재개하려면 사유가 필요합니다. 사유는 평가위원에게 표시됩니다.</translation>
    </message>
    <message>
        <source>Reopening the review</source>
        <translation>평가 재개</translation>
    </message>
    <message>
        <source>The review no longer exists; refresh the view.</source>
        <translation>평가가 더 이상 존재하지 않습니다. 화면을 새로 고치십시오.</translation>
    </message>
    <message>
        <source>Only a submitted review can be reopened; this one is %1.</source>
        <translation>제출된 평가만 재개할 수 있습니다. 이 평가의 상태: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>평가 재개</translation>
    </message>
</context>
<context>
    <name>ReviewerWorkspace</name>
    <message>
        <source>co-investigator</source>
        <translation>공동 연구자</translation>
    </message>
    <message>
        <source>member</source>
        <translation>참여 연구원</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>연락 담당자</translation>
    </message>
    <message>
        <source>This user is not linked to a reviewer. Ask the program officer to add you to the reviewer list.</source>
        <translation>이 사용자는 평가위원으로 등록되어 있지 않습니다. 사업 담당자에게 평가위원 명단에 추가해 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>This application is not assigned to you. Choose one from your assignment list.</source>
        <translation>이 과제는 배정된 과제가 아닙니다. 배정 목록에서 과제를 선택하십시오.</translation>
    </message>
    <message>
        <source>The profile could not record the change (%1). Try again; if it keeps failing, restart gpudesk.</source>
        <translation>프로필에 변경 사항을 기록하지 못했습니다(%1). 다시 시도하십시오. 계속 실패하면 gpudesk를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>You declined application %1; it is no longer yours to review.</source>
        <translation>%1 과제를 거절했습니다. 더 이상 평가할 과제가 아닙니다.</translation>
    </message>
    <message>
        <source>You declared a conflict of interest with application %1; it is no longer yours to review.</source>
        <translation>%1 과제에 대해 이해충돌을 신고했습니다. 더 이상 평가할 과제가 아닙니다.</translation>
    </message>
    <message>
        <source>The panel of call %1 is closed: its reviews can no longer be changed.</source>
        <translation>공모 %1의 평가가 마감되었습니다. 평가를 더 이상 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>The panel of call %1 is closed: its applications are no longer available to reviewers.</source>
        <translation>공모 %1의 평가가 마감되었습니다. 평가위원은 더 이상 과제를 열람할 수 없습니다.</translation>
    </message>
    <message>
        <source>Accept the confidentiality pledge of call %1 before you open its applications.</source>
        <translation>공모 %1의 과제를 열람하려면 먼저 보안서약서에 동의하십시오.</translation>
    </message>
    <message>
        <source>Your review of %1 is submitted and locked. Ask the program officer to reopen it if it must change.</source>
        <translation>%1 과제의 평가를 제출하여 잠겼습니다. 수정이 필요하면 사업 담당자에게 평가 재개를 요청하십시오.</translation>
    </message>
    <message>
        <source>You are not on the review panel of this call.</source>
        <translation>이 공모의 평가위원단에 속해 있지 않습니다.</translation>
    </message>
    <message>
        <source>The panel of call %1 is closed.</source>
        <translation>공모 %1의 평가가 마감되었습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This document is not part of the application assigned to you.</source>
        <translation>이 문서는 배정된 과제의 문서가 아닙니다.</translation>
    </message>
    <message>
        <source>Say what the conflict of interest is: the program officer needs it to reassign the application.</source>
        <translation>이해충돌 내용을 입력하십시오. 사업 담당자가 과제를 재배정할 때 필요합니다.</translation>
    </message>
    <message>
        <source>Give a reason for declining: the program officer needs it to reassign the application.</source>
        <translation>거절 사유를 입력하십시오. 사업 담당자가 과제를 재배정할 때 필요합니다.</translation>
    </message>
    <message>
        <source>You have already submitted your review of %1. Ask the program officer to reopen it before you decline or declare a conflict.</source>
        <translation>%1 과제의 평가를 이미 제출했습니다. 거절하거나 이해충돌을 신고하려면 먼저 사업 담당자에게 평가 재개를 요청하십시오.</translation>
    </message>
    <message>
        <source>There is nothing to submit for %1 yet: score every criterion and write a comment first.</source>
        <translation>%1 과제에 아직 제출할 내용이 없습니다. 먼저 모든 평가 항목의 점수를 매기고 의견을 작성하십시오.</translation>
    </message>
    <message>
        <source>Your review of %1 cannot be submitted yet:
%2</source>
        <translation>%1 과제의 평가를 아직 제출할 수 없습니다:
%2</translation>
    </message>
    <message>
        <source>The call has no rubric yet; the program officer must set it up.</source>
        <translation>이 공모에는 아직 평가 기준이 없습니다. 사업 담당자가 평가 기준을 설정해야 합니다.</translation>
    </message>
    <message>
        <source>Score &quot;%1&quot; (%2-%3).</source>
        <translation>&quot;%1&quot; 항목의 점수를 매기십시오(%2~%3점).</translation>
    </message>
    <message>
        <source>The score of &quot;%1&quot; must be between %2 and %3, not %4.</source>
        <translation>&quot;%1&quot; 항목의 점수는 %2~%3점이어야 합니다(입력값: %4).</translation>
    </message>
    <message>
        <source>Write a comment: it is required.</source>
        <translation>의견을 작성하십시오. 의견은 필수 항목입니다.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>시스템 관리자</translation>
    </message>
    <message>
        <source>Program officer</source>
        <translation>사업 담당자</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
</context>
<context>
    <name>SacctParser</name>
    <message>
        <source>Expected %1 fields separated by |, found %2. Export with sacct -a -X -P -n --format=JobIDRaw,Account,State,Start,End,ElapsedRaw,AllocTRES,NodeList.</source>
        <translation>|로 구분된 필드 %1개가 필요하지만 %2개가 있습니다. sacct -a -X -P -n --format=JobIDRaw,Account,State,Start,End,ElapsedRaw,AllocTRES,NodeList로 내보내십시오.</translation>
    </message>
    <message>
        <source>The line has no job id.</source>
        <translation>줄에 작업 ID가 없습니다.</translation>
    </message>
    <message>
        <source>The start time &quot;%1&quot; is not of the form YYYY-MM-DDTHH:MM:SS.</source>
        <translation>시작 시각 &quot;%1&quot;이(가) YYYY-MM-DDTHH:MM:SS 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The end time &quot;%1&quot; is not of the form YYYY-MM-DDTHH:MM:SS.</source>
        <translation>종료 시각 &quot;%1&quot;이(가) YYYY-MM-DDTHH:MM:SS 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The elapsed time &quot;%1&quot; is not a whole number of seconds.</source>
        <translation>경과 시간 &quot;%1&quot;이(가) 초 단위의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>The GPU count in AllocTRES &quot;%1&quot; cannot be read.</source>
        <translation>AllocTRES &quot;%1&quot;의 GPU 수를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>none</source>
        <extracomment>Stands for the list of accelerator types a call offers when it offers none</extracomment>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln GPU(s) of %2 are not a whole number of nodes of %L1 GPUs each</source>
        <translation>
            <numerusform>신청한 %2 GPU %Ln개가 노드(노드당 GPU %L1개) 단위로 나누어떨어지지 않습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln GPU(s) (%L1 nodes) of %4 exceed the cap of %L2 GPUs (%L3 nodes)</source>
        <translation>
            <numerusform>신청한 %4 GPU %Ln개(노드 %L1개)가 상한인 GPU %L2개(노드 %L3개)를 초과합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Accelerator type &quot;%1&quot; is not offered in this call (offered: %2)</source>
        <translation>이 공모에서 제공하지 않는 가속기 종류입니다: &quot;%1&quot; (제공 종류: %2)</translation>
    </message>
    <message>
        <source>Accelerator type &quot;%1&quot; has no node size in this call&apos;s rules</source>
        <translation>이 공모의 규칙에 가속기 종류 &quot;%1&quot;의 노드당 GPU 수가 정해져 있지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln GPU(s): at least one node is needed</source>
        <translation>
            <numerusform>신청 GPU %Ln개: 최소 1개 노드가 필요합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln month(s) of use: at least one month is needed</source>
        <translation>
            <numerusform>신청 사용 기간 %Ln개월: 최소 1개월이 필요합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln month(s) of use exceed the call&apos;s maximum of %L1 months</source>
        <translation>
            <numerusform>신청 사용 기간 %Ln개월이 공모의 최대 기간인 %L1개월을 초과합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation type &quot;%1&quot; is not eligible in this call</source>
        <translation>이 공모에 신청할 수 없는 기관 유형입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Submitted on %1, before the call opened on %2</source>
        <translation>접수일(%1)이 공모 시작일(%2)보다 이릅니다</translation>
    </message>
    <message>
        <source>Submitted on %1, after the call closed on %2</source>
        <translation>접수일(%1)이 공모 마감일(%2)보다 늦습니다</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Select</source>
        <translation>선정</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>예비</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>미선정</translation>
    </message>
    <message>
        <source>Rank %1 of %2 (score %3)</source>
        <translation>%2건 중 %1위(점수 %3)</translation>
    </message>
    <message numerus="yes">
        <source>Waitlist place %1: rank %2 of %3 (score %4), %n node(s) requested, %5 left</source>
        <translation>
            <numerusform>예비 %1순위: %3건 중 %2위(점수 %4), 신청 노드 %n개, 잔여 %5개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the capacity cut: rank %1 of %2, %n node(s) requested, %3 left</source>
        <translation>
            <numerusform>용량 한도 밖: %2건 중 %1위, 신청 노드 %n개, 잔여 %3개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promoted from the waitlist (not ranked): %n node(s) requested, %1 left</source>
        <translation>
            <numerusform>예비에서 승격(순위 없음): 신청 노드 %n개, 잔여 %1개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promoted from the waitlist: rank %1 of %2 (score %3), %n node(s) requested, %4 left</source>
        <translation>
            <numerusform>예비에서 승격: %2건 중 %1위(점수 %3), 신청 노드 %n개, 잔여 %4개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionRepository</name>
    <message>
        <source>The review data could not be read (%1). Close and reopen the profile; if it happens again, restore the last backup.</source>
        <translation>평가 데이터를 읽을 수 없습니다(%1). 프로필을 닫았다가 다시 여십시오. 문제가 반복되면 마지막 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>The call no longer exists.</source>
        <translation>공모가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>No call is chosen.</source>
        <translation>선택한 공모가 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to decide: no ranked application is still under review.</source>
        <translation>결정할 과제가 없습니다. 아직 평가 중인 순위 산정 과제가 없습니다.</translation>
    </message>
    <message>
        <source>An override needs a reason; write why the decision departs from the ranking.</source>
        <translation>직권 변경에는 사유가 필요합니다. 순위와 다르게 결정하는 이유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>과제가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is %2: only applications under review, selected, waitlisted or rejected can be overridden here.</source>
        <translation>%1 과제는 &apos;%2&apos; 상태입니다. 여기서는 평가 중, 선정, 예비, 미선정 상태의 과제만 직권 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 requested %2 nodes: grant between 1 and %2.</source>
        <translation>%1 과제의 신청 노드는 %2개입니다. 1~%2개 범위에서 배정하십시오.</translation>
    </message>
    <message>
        <source>No waitlisted application fits in the nodes left.</source>
        <translation>남은 노드에 들어갈 수 있는 예비 과제가 없습니다.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>Accelerator type</source>
        <translation>가속기 종류</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Raw rank</source>
        <translation>원점수 순위</translation>
    </message>
    <message>
        <source>Raw score</source>
        <translation>원점수</translation>
    </message>
    <message>
        <source>Normalised rank</source>
        <translation>정규화 순위</translation>
    </message>
    <message>
        <source>Normalised score</source>
        <translation>정규화 점수</translation>
    </message>
    <message>
        <source>Lowest review</source>
        <translation>최저 평가 점수</translation>
    </message>
    <message>
        <source>Highest review</source>
        <translation>최고 평가 점수</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>Reviews submitted</source>
        <translation>제출된 평가 수</translation>
    </message>
    <message>
        <source>Reviews required</source>
        <translation>필요 평가 수</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation>신청 노드 수</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>결정안</translation>
    </message>
    <message>
        <source>Granted nodes</source>
        <translation>배정 노드 수</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>직권 변경 사유</translation>
    </message>
    <message>
        <source>Fewer reviews than required</source>
        <translation>필요한 평가 수 미달</translation>
    </message>
    <message>
        <source>The panel sheet could not be written; check that the disk has room and the file is not open in another program.</source>
        <translation>선정 심의표를 저장할 수 없습니다. 디스크 공간이 충분한지, 파일이 다른 프로그램에서 열려 있지 않은지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>ShareAllocation</name>
    <message>
        <source>The capacity, the minimum and the maximum cannot be negative.</source>
        <translation>용량, 최소 노드 수, 최대 노드 수는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The maximum per team is below the minimum per team.</source>
        <translation>팀당 최대 노드 수가 팀당 최소 노드 수보다 작습니다.</translation>
    </message>
    <message>
        <source>%1 teams pass the floor and each needs at least %2 nodes: %3 nodes, more than the capacity of %4. Lower the minimum or raise the floor.</source>
        <translation>기준 점수를 넘는 팀이 %1개이고 팀마다 노드가 %2개 이상 필요하여 모두 %3개가 필요하지만, 용량은 %4개입니다. 최소 노드 수를 낮추거나 기준 점수를 높이십시오.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Creating the demo profile…</source>
        <translation>데모 프로필을 만드는 중…</translation>
    </message>
    <message>
        <source>gpudesk</source>
        <translation>gpudesk</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>데모 데이터를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Profile upgraded</source>
        <translation>프로필 업그레이드 완료</translation>
    </message>
    <message>
        <source>The profile was upgraded to the current schema. A copy of it as it was is at %1.</source>
        <translation>프로필을 현재 스키마로 업그레이드했습니다. 업그레이드 전 사본은 %1에 있습니다.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>프로필 열기</translation>
    </message>
    <message>
        <source>gpudesk profiles (*.sqlite);;All files (*)</source>
        <translation>gpudesk 프로필 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>gpudesk profiles (*.sqlite)</source>
        <translation>gpudesk 프로필 (*.sqlite)</translation>
    </message>
    <message>
        <source>gpudesk: the desktop console of the national GPU allocation program.
Verbs: gpudesk generate --help, gpudesk import --help.</source>
        <translation>gpudesk: 국가 GPU 배정 사업의 데스크톱 콘솔입니다.
명령: gpudesk generate --help, gpudesk import --help.</translation>
    </message>
    <message>
        <source>The profile to open.</source>
        <translation>열 프로필을 지정합니다.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>이 사용자로 로그인합니다.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <source>Language of this session: ko or en.</source>
        <translation>이 세션의 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Print the time to the first painted frame and quit (benchmarks).</source>
        <translation>첫 화면이 그려질 때까지 걸린 시간을 출력하고 종료합니다(벤치마크용).</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>“%1” is not a month. Write the month as YYYY-MM, for example 2026-02.</source>
        <translation>“%1”은(는) 월이 아닙니다. 2026-02처럼 YYYY-MM 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>The call sets no share rate for this organisation type, so no statement can be issued. Add the rate to the call first.</source>
        <translation>공모에 이 기관 유형의 자부담 비율이 없어 정산서를 발급할 수 없습니다. 먼저 공모에 비율을 추가하십시오.</translation>
    </message>
    <message>
        <source>Organisations of type %1 are not eligible in this call, so no statement can be issued. Check the project&apos;s organisation.</source>
        <translation>이 공모에서는 %1 유형 기관이 지원 대상이 아니어서 정산서를 발급할 수 없습니다. 과제의 기관을 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>StatementRepository</name>
    <message>
        <source>The statements could not be read: %1. Reload and try again.</source>
        <translation>정산서를 읽지 못했습니다: %1. 다시 불러온 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a month. Write the month as YYYY-MM, for example 2026-02.</source>
        <translation>“%1”은(는) 월이 아닙니다. 2026-02처럼 YYYY-MM 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>The call no longer exists; choose another one.</source>
        <translation>공모가 더 이상 존재하지 않습니다. 다른 공모를 선택하십시오.</translation>
    </message>
    <message>
        <source>The call sets no price for %1 GPUs, so no statement can be issued. Add the price to the call first.</source>
        <translation>공모에 %1 GPU의 단가가 없어 정산서를 발급할 수 없습니다. 먼저 공모에 단가를 추가하십시오.</translation>
    </message>
    <message>
        <source>The statements could not be issued: %1. Nothing was issued; try again.</source>
        <translation>정산서를 발급하지 못했습니다: %1. 아무것도 발급하지 않았습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Project</source>
        <extracomment>Column headers of the statements export (CSV for a spreadsheet).</extracomment>
        <translation>과제</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 시간</translation>
    </message>
    <message>
        <source>Price per GPU-hour (KRW)</source>
        <translation>GPU 시간당 단가(원)</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>부담률(%)</translation>
    </message>
    <message>
        <source>Youth discount %</source>
        <translation>청년 창업 할인(%)</translation>
    </message>
    <message>
        <source>Amount (KRW)</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>VAT (KRW)</source>
        <translation>부가세(원)</translation>
    </message>
    <message>
        <source>Total (KRW)</source>
        <translation>합계(원)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>No allocated time in the month any more.</source>
        <translation>해당 월에 배정된 사용 시간이 더 이상 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) refused: not included.</source>
        <translation>
            <numerusform>발급할 수 없는 과제 %n건은 포함하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>합계 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>과제 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>The statements could not be written: %1. Check that the folder is writable and the disk has room.</source>
        <translation>정산서를 저장하지 못했습니다: %1. 폴더에 쓰기 권한이 있는지, 디스크 공간이 충분한지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>StatementsReport</name>
    <message>
        <source>Project</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 시간</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>GPU 시간당 가격</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>자부담률</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>부가가치세</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not billed: %1</source>
        <translation>청구 안 함: %1</translation>
    </message>
    <message>
        <source>%1, youth −%2%</source>
        <translation>%1, 청년 −%2%</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>정산서 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cost-share statements</source>
        <translation>자부담 정산 보고서</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>대상 월</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>정산서</translation>
    </message>
    <message>
        <source>GPU-hours billed</source>
        <translation>청구 GPU 시간</translation>
    </message>
    <message>
        <source>Total with VAT</source>
        <translation>합계(부가가치세 포함)</translation>
    </message>
    <message>
        <source>1. The call&apos;s total</source>
        <translation>1. 공모 합계</translation>
    </message>
    <message>
        <source>A statement bills a project&apos;s allocated GPU-hours in a month at the call&apos;s market price, times the share rate of its organisation type (youth-founded companies pay less by the call&apos;s discount), plus VAT. Statements that cannot be computed are counted as refused and billed nothing.</source>
        <translation>정산서는 한 달 동안 과제에 배정된 GPU 시간에 공모의 시장 가격과 기관 유형의 자부담률을 곱하고(청년 기업은 공모의 할인율만큼 덜 냅니다) 부가가치세를 더합니다. 계산할 수 없는 정산서는 거부로 세고 청구하지 않습니다.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>시장 가격 환산액</translation>
    </message>
    <message>
        <source>No project of the call held nodes in the months chosen.</source>
        <translation>선택한 달들에 노드를 배정받은 과제가 없습니다.</translation>
    </message>
    <message>
        <source>%1. Statements of %2</source>
        <translation>%1. %2 정산서</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Submitted</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>요건 검토</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>평가 중</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선정</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>예비</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>미선정</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>회수</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The file cannot be read as a database. It may be damaged or belong to another program. Choose another profile or create a new one.</source>
        <translation>파일을 데이터베이스로 읽을 수 없습니다. 파일이 손상되었거나 다른 프로그램의 파일일 수 있습니다. 다른 프로필을 선택하거나 새 프로필을 만드십시오.</translation>
    </message>
    <message>
        <source>The profile database is damaged and cannot be read. Restore it from a backup, or create a new profile.</source>
        <translation>프로필 데이터베이스가 손상되어 읽을 수 없습니다. 백업에서 복원하거나 새 프로필을 만드십시오.</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not to gpudesk. It was left untouched. Choose a gpudesk profile or create a new one.</source>
        <translation>이 SQLite 파일은 gpudesk가 아닌 다른 프로그램의 파일입니다. 파일은 변경하지 않았습니다. gpudesk 프로필을 선택하거나 새 프로필을 만드십시오.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of gpudesk (schema %1; this version knows up to %2). It was left untouched. Install the newer gpudesk to open it.</source>
        <translation>이 프로필은 더 새로운 버전의 gpudesk에서 작성되었습니다(스키마 %1, 이 버전은 %2까지 지원). 프로필은 변경하지 않았습니다. 이 프로필을 열려면 새 버전의 gpudesk를 설치하십시오.</translation>
    </message>
    <message>
        <source>The profile database is damaged (its integrity check failed). Nothing was changed. Restore it from a backup, or create a new profile.</source>
        <translation>프로필 데이터베이스가 손상되었습니다(무결성 검사 실패). 아무것도 변경하지 않았습니다. 백업에서 복원하거나 새 프로필을 만드십시오.</translation>
    </message>
    <message>
        <source>The profile is on a network drive. gpudesk keeps its database on a local disk so that it cannot be damaged by a dropped connection. Copy the profile to a local folder and open it there.</source>
        <translation>프로필이 네트워크 드라이브에 있습니다. gpudesk는 연결이 끊겨 데이터베이스가 손상되지 않도록 로컬 디스크의 데이터베이스만 사용합니다. 프로필을 로컬 폴더로 복사한 후 그 폴더에서 여십시오.</translation>
    </message>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation>프로필이 없습니다: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation>%1 폴더를 만들 수 없습니다. 쓰기 권한이 있는 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>This profile is already open in another gpudesk window (process %1 on %2). Switch to that window, or open another profile.</source>
        <translation>이 프로필은 다른 gpudesk 창에서 이미 열려 있습니다(%2의 프로세스 %1). 해당 창으로 전환하거나 다른 프로필을 여십시오.</translation>
    </message>
    <message>
        <source>The folder of this profile is not writable, so gpudesk cannot lock it. Copy the profile to a folder you can write to.</source>
        <translation>이 프로필의 폴더에 쓸 수 없어 gpudesk가 프로필을 잠글 수 없습니다. 쓰기 권한이 있는 폴더로 프로필을 복사하십시오.</translation>
    </message>
    <message>
        <source>The profile file cannot be read. Check its permissions or choose another profile.</source>
        <translation>프로필 파일을 읽을 수 없습니다. 파일 권한을 확인하거나 다른 프로필을 선택하십시오.</translation>
    </message>
    <message>
        <source>This file is not a gpudesk profile (it is not an SQLite database). It was left untouched. Choose another file or create a new profile.</source>
        <translation>이 파일은 gpudesk 프로필이 아닙니다(SQLite 데이터베이스가 아님). 파일은 변경하지 않았습니다. 다른 파일을 선택하거나 새 프로필을 만드십시오.</translation>
    </message>
    <message>
        <source>The profile or its folder is read-only. gpudesk needs to write next to the database (its journal). Copy the profile to a folder you can write to.</source>
        <translation>프로필 또는 프로필 폴더가 읽기 전용입니다. gpudesk는 데이터베이스와 같은 폴더에 저널 파일을 써야 합니다. 쓰기 권한이 있는 폴더로 프로필을 복사하십시오.</translation>
    </message>
    <message>
        <source>Before upgrading the profile, gpudesk makes a backup copy, and that failed. Nothing was changed. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>프로필을 업그레이드하기 전에 백업 사본을 만들지 못했습니다. 아무것도 변경하지 않았습니다. 디스크 공간을 확보하거나 폴더 권한을 확인하십시오.</translation>
    </message>
    <message>
        <source>The profile database could not be opened for writing.</source>
        <translation>프로필 데이터베이스를 쓰기 모드로 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Upgrading the profile failed and was undone; the profile is as it was. A backup copy is at %1.</source>
        <translation>프로필 업그레이드에 실패하여 되돌렸습니다. 프로필은 이전 상태 그대로입니다. 백업 사본은 %1에 있습니다.</translation>
    </message>
    <message>
        <source>(none: the profile was new)</source>
        <translation>(없음: 새 프로필이었음)</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>데이터베이스가 사용 중이거나 읽기 전용입니다: %1</translation>
    </message>
</context>
<context>
    <name>TelemetryImport</name>
    <message>
        <source>dcgm-exporter (Prometheus text)</source>
        <translation>dcgm-exporter (Prometheus 텍스트)</translation>
    </message>
    <message>
        <source>nvidia-smi CSV</source>
        <translation>nvidia-smi CSV</translation>
    </message>
    <message>
        <source>Slurm sacct</source>
        <translation>Slurm sacct</translation>
    </message>
    <message>
        <source>Import telemetry</source>
        <translation>텔레메트리 가져오기</translation>
    </message>
    <message>
        <source>Telemetry (*.prom *.txt *.csv *.log *.out);;All files (*)</source>
        <translation>텔레메트리 (*.prom *.txt *.csv *.log *.out);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>nvidia-smi does not write the host&apos;s name. Which node is %1 from?</source>
        <translation>nvidia-smi 파일에는 호스트 이름이 없습니다. %1 파일은 어느 노드의 것입니까?</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 파일을 읽지 못했습니다: %2. 파일이 있는지, 읽을 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a telemetry file gpudesk knows. It reads dcgm-exporter metrics (Prometheus text), nvidia-smi --query-gpu CSV and Slurm sacct -P lists; nothing was imported.</source>
        <translation>%1 파일은 gpudesk가 아는 텔레메트리 형식이 아닙니다. dcgm-exporter 지표(Prometheus 텍스트), nvidia-smi --query-gpu CSV, Slurm sacct -P 목록을 읽을 수 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The fleet could not be read: %1</source>
        <translation>GPU 자원 정보를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was written.</source>
        <translation>%1 가져오기를 취소했습니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>%1 파일에서 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is a Slurm sacct list. This build of gpudesk does not store Slurm jobs yet, so nothing was imported; import the GPUs&apos; dcgm-exporter or nvidia-smi readings for the same period instead.</source>
        <translation>%1 파일은 Slurm sacct 목록입니다. 이 버전의 gpudesk는 아직 Slurm 작업을 저장하지 않으므로 아무것도 가져오지 않았습니다. 같은 기간의 GPU dcgm-exporter 또는 nvidia-smi 측정값을 대신 가져오십시오.</translation>
    </message>
</context>
<context>
    <name>TelemetryImporter</name>
    <message>
        <source>Cannot read %1: %2. Check the path and that the file is readable.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2. 경로와 파일 읽기 권한을 확인하십시오.</translation>
    </message>
    <message>
        <source>The host %1 is not in the fleet. Check the hostname, or add the node to the fleet first.</source>
        <translation>호스트 %1이(가) GPU 자원에 없습니다. 호스트명을 확인하거나 먼저 노드를 등록하십시오.</translation>
    </message>
    <message>
        <source>The site of %1 has no valid time zone, so nvidia-smi&apos;s local times cannot be placed. Set the site&apos;s time zone first.</source>
        <translation>%1의 사이트에 올바른 시간대가 없어 nvidia-smi의 현지 시각을 변환할 수 없습니다. 먼저 사이트의 시간대를 설정하십시오.</translation>
    </message>
    <message>
        <source>The database driver does not give access to SQLite.</source>
        <translation>데이터베이스 드라이버가 SQLite 접근을 제공하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: writing %n sample(s) to the profile failed (%1). The profile is unchanged; check free disk space and try again.</source>
        <translation>
            <numerusform>아무것도 가져오지 않았습니다: 샘플 %n개를 프로필에 쓰지 못했습니다(%1). 프로필은 바뀌지 않았습니다. 디스크 여유 공간을 확인하고 다시 시도하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>가져오기를 취소했습니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>1. The fleet</source>
        <translation>1. 전체 자원</translation>
    </message>
    <message>
        <source>No telemetry has been imported into this profile: the usage figures below are empty.</source>
        <translation>이 프로필에 가져온 사용률 데이터가 없어 아래 사용률 수치는 비어 있습니다.</translation>
    </message>
    <message>
        <source>Busy over the period</source>
        <translation>기간 사용률</translation>
    </message>
    <message>
        <source>GPU-hours reported</source>
        <translation>보고된 GPU 시간</translation>
    </message>
    <message>
        <source>GPU-hours busy</source>
        <translation>사용된 GPU 시간</translation>
    </message>
    <message>
        <source>Nodes allocated at the end</source>
        <translation>기간 말 배정 노드</translation>
    </message>
    <message>
        <source>%1 of %2 usable</source>
        <translation>사용할 수 있는 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Allocated but idle</source>
        <translation>배정되었으나 유휴</translation>
    </message>
    <message>
        <source>%1 (busy under %2% over the last %3 days); %4 without telemetry</source>
        <translation>%1개(최근 %3일 동안 사용률 %2% 미만), 사용률 데이터 없음 %4개</translation>
    </message>
    <message>
        <source>Busy share of the fleet per day</source>
        <translation>전체 자원의 일별 사용률</translation>
    </message>
    <message>
        <source>Busy time is DCGM&apos;s engine activity where the exporter reports it, else GPU utilisation; the dashed line is the idle threshold.</source>
        <translation>사용 시간은 exporter가 보고하면 DCGM 엔진 활성도, 아니면 GPU 사용률입니다. 점선은 유휴 기준입니다.</translation>
    </message>
    <message>
        <source>2. Projects of the call</source>
        <translation>2. 공모 과제</translation>
    </message>
    <message>
        <source>Busy share per day of the %1 projects holding the most nodes</source>
        <translation>노드가 가장 많은 과제 %1개의 일별 사용률</translation>
    </message>
    <message>
        <source>Busy share per day</source>
        <translation>일별 사용률</translation>
    </message>
    <message>
        <source>Projects by use over the period</source>
        <translation>기간 사용률 순 과제</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Nodes now</source>
        <translation>현재 노드</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Busy GPU-hours</source>
        <translation>사용된 GPU 시간</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>과제 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No project of the call held nodes or reported usage in the period.</source>
        <translation>기간 동안 노드를 배정받았거나 사용률을 보고한 공모 과제가 없습니다.</translation>
    </message>
    <message>
        <source>3. Projects flagged as idle</source>
        <translation>3. 유휴로 판정된 과제</translation>
    </message>
    <message>
        <source>The idle check flags no project of the call on %1.</source>
        <translation>%1 기준으로 유휴 점검에서 판정된 공모 과제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the idle check flags %n project(s): each was busy under the call&apos;s threshold on every one of its last idle days, with telemetry on each of them.</source>
        <translation>
            <numerusform>%1 기준으로 유휴 점검에서 과제 %n건이 판정되었습니다. 각 과제는 최근 유휴 기간의 모든 날에 사용률 데이터가 있었고, 그날마다 공모의 기준보다 사용률이 낮았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Mean busy</source>
        <translation>평균 사용률</translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s)</source>
        <translation>
            <numerusform>최근 %n일 동안 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle run</source>
        <translation>연속 유휴</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) up to the day checked</source>
        <translation>
            <numerusform>점검일까지 %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>기준</translation>
    </message>
    <message numerus="yes">
        <source>busy under %1% for %n day(s)</source>
        <translation>
            <numerusform>%n일 동안 사용률 %1% 미만</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>최근 점검</translation>
    </message>
    <message>
        <source>4. Actions taken</source>
        <translation>4. 조치 내역</translation>
    </message>
    <message>
        <source>Performance checks recorded from %1 to %2 for the call&apos;s running projects and those it reclaimed.</source>
        <translation>%1부터 %2까지 공모의 사용 중인 과제와 회수된 과제에 기록된 성과 점검입니다.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>By</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Nodes released</source>
        <translation>반납 노드</translation>
    </message>
    <message>
        <source>No performance check was recorded in the period.</source>
        <translation>기간 동안 기록된 성과 점검이 없습니다.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Usage and performance checks</source>
        <translation>사용률 및 성과 점검 보고서</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Fleet busy</source>
        <translation>전체 사용률</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Flagged as idle</source>
        <translation>유휴 판정</translation>
    </message>
    <message>
        <source>Checks recorded</source>
        <translation>기록된 점검</translation>
    </message>
</context>
<context>
    <name>UsageSubjects</name>
    <message>
        <source>Whole fleet</source>
        <translation>전체 GPU 자원</translation>
    </message>
    <message>
        <source>%1 GPU %2</source>
        <translation>%1 GPU %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UsageTimeTicker</name>
    <message>
        <source>MMM d</source>
        <extracomment>Date of a tick on a chart&apos;s time axis, as a QDate format: month and day</extracomment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Month of a tick on a chart&apos;s time axis, as a QDate format: month and year</extracomment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>yyyy</source>
        <extracomment>Year of a tick on a chart&apos;s time axis, as a QDate format</extracomment>
        <translation>yyyy년</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>비밀번호는 8자 이상이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ApplicationBrowser</name>
    <message>
        <source>Export the view</source>
        <translation>현재 목록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation>요건 검토 시작</translation>
    </message>
    <message>
        <source>Move the selected submitted applications to screening</source>
        <translation>선택한 과제 중 접수 상태인 과제를 요건 검토 단계로 옮깁니다</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>요건 판정…</translation>
    </message>
    <message>
        <source>Check the selected applications against the call&apos;s rules: those that pass go to review, the others are rejected with the reasons</source>
        <translation>선택한 과제가 공모 규칙을 충족하는지 확인합니다. 통과한 과제는 평가로 넘어가고, 나머지는 사유와 함께 미선정 처리됩니다</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>상태 변경…</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>목록 내보내기…</translation>
    </message>
    <message>
        <source>Save exactly the rows and columns on screen as CSV</source>
        <translation>화면에 보이는 행과 열을 그대로 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n개 행을 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation>과제 %1건</translation>
    </message>
    <message>
        <source>%1 of %2 applications</source>
        <translation>과제 %2건 중 %1건</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>아무것도 변경하지 않았습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) moved to screening.</source>
        <translation>
            <numerusform>과제 %n건을 요건 검토 단계로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets every rule of the call.</source>
        <translation>공모의 모든 요건을 충족합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Screen %n application(s)?</source>
        <translation>
            <numerusform>과제 %n건의 요건을 판정하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meet every rule and go to review.</source>
        <translation>
            <numerusform>%n건: 모든 요건을 충족하여 평가로 넘어갑니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail and will be rejected, with the failed rules recorded as the reason.</source>
        <translation>
            <numerusform>%n건: 요건을 충족하지 못해 미선정 처리되며, 충족하지 못한 요건이 사유로 기록됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen applications</source>
        <translation>과제 요건 판정</translation>
    </message>
    <message>
        <source>Screened: %1 to review, %2 rejected.</source>
        <translation>요건 판정 완료: 평가 %1건, 미선정 %2건.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>상태 변경</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) now %1.</source>
        <translation>
            <numerusform>과제 %n건이 이제 &apos;%1&apos; 상태입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder.</source>
        <translation>%1 파일을 저장할 수 없습니다: %2. 다른 폴더를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%1 파일로 %n개 행을 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::ApplicationDetailPanel</name>
    <message>
        <source>Select an application to see its details.</source>
        <translation>과제를 선택하면 상세 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>책임자</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>참여 인력</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>신청 자원</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>사용 기간</translation>
    </message>
    <message>
        <source>Slurm account</source>
        <translation>Slurm 계정</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>접수 일시</translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation>자부담</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>요건 검토</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>첨부 문서</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a document</source>
        <translation>문서를 열려면 두 번 클릭하거나 Enter 키를 누르십시오</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>youth-founded</source>
        <translation>청년 창업</translation>
    </message>
    <message>
        <source>Business no. %1</source>
        <translation>사업자등록번호 %1</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(명시된 인력 없음)</translation>
    </message>
    <message>
        <source>%1 GPUs = %2 nodes of %3</source>
        <translation>GPU %1개 = %3 노드 %2개</translation>
    </message>
    <message>
        <source>Granted: %1 nodes</source>
        <translation>배정: 노드 %1개</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) from %1</source>
        <translation>
            <numerusform>%1부터 %n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>the call&apos;s allocation date</source>
        <translation>공모의 배정 시작일</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(미입력)</translation>
    </message>
    <message>
        <source>Unknown: the call sets no price or share rate for this case.</source>
        <translation>알 수 없음: 공모에 이 경우의 단가나 부담률이 정해져 있지 않습니다.</translation>
    </message>
    <message>
        <source>Free (share rate 0%) for %1 GPU-hours</source>
        <translation>%1 GPU 시간, 무상(부담률 0%)</translation>
    </message>
    <message>
        <source>%1 for %2 GPU-hours at a %3% share%4</source>
        <translation>%1 (%2 GPU 시간, 부담률 %3%)%4</translation>
    </message>
    <message>
        <source>, youth discount applied</source>
        <translation>, 청년 창업 할인 적용</translation>
    </message>
    <message>
        <source>Meets every rule of the call.</source>
        <translation>공모의 모든 요건을 충족합니다.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>비고: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no documents)</source>
        <translation>(문서 없음)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>문서 저장</translation>
    </message>
    <message>
        <source>The document could not be saved to %1: %2. Choose another folder.</source>
        <translation>문서를 %1에 저장할 수 없습니다: %2. 다른 폴더를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ApplicationTableModel</name>
    <message>
        <source>Receipt no.</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>영문 과제명</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>기관 유형</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>책임자</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>가속기</translation>
    </message>
    <message>
        <source>GPUs (nodes)</source>
        <translation>GPU (노드)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>기간(개월)</translation>
    </message>
    <message>
        <source>Desired start</source>
        <translation>희망 시작일</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>접수 일시</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source> · youth</source>
        <translation> · 청년</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>gpudesk::AssignmentPanel</name>
    <message numerus="yes">
        <source>%n assignment(s) made for %1 application(s).</source>
        <translation>
            <numerusform>과제 %1건에 평가 배정 %n건을 완료했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer loads now range from %1 to %2.</source>
        <translation>평가위원별 배정 건수는 이제 %1~%2건입니다.</translation>
    </message>
    <message>
        <source>Reviewer loads range from %1 to %2: conflicts of interest or earlier assignments kept them from evening out.</source>
        <translation>평가위원별 배정 건수는 %1~%2건입니다. 이해충돌이나 기존 배정 때문에 고르게 배분하지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 of the new assignments match the application&apos;s field.</source>
        <translation>새 배정 중 %1건은 과제 분야와 일치합니다.</translation>
    </message>
    <message>
        <source>Every application has its reviewers.</source>
        <translation>모든 과제에 평가위원이 배정되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) could not get enough reviewers: the panel has too few reviewers without a conflict of interest. Add reviewers to the panel, then run the assignment again.</source>
        <translation>
            <numerusform>과제 %n건에 평가위원을 충분히 배정하지 못했습니다. 평가위원단에 이해충돌이 없는 평가위원이 부족합니다. 평가위원단에 평가위원을 추가한 후 배정을 다시 실행하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>부족</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>배정 가능</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>배정(&amp;A)</translation>
    </message>
    <message>
        <source>Assign the selected applications to the selected reviewers (Ctrl+Enter); pairs with a conflict of interest are skipped</source>
        <translation>선택한 과제를 선택한 평가위원에게 배정합니다(Ctrl+Enter). 이해충돌이 있는 조합은 건너뜁니다</translation>
    </message>
    <message>
        <source>A&amp;uto-assign…</source>
        <translation>자동 배정(&amp;U)…</translation>
    </message>
    <message>
        <source>Give every application under review its reviewers: no conflicts of interest, balanced load, matching fields</source>
        <translation>평가 중인 모든 과제에 평가위원을 배정합니다. 이해충돌 배제, 배정 건수 균형, 분야 일치를 고려합니다</translation>
    </message>
    <message>
        <source>&amp;Withdraw assignment</source>
        <translation>배정 취소(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw the selected reviewers&apos; assignments to the selected applications (only without a submitted review)</source>
        <translation>선택한 과제에 대한 선택한 평가위원의 배정을 취소합니다(평가를 제출하지 않은 경우만)</translation>
    </message>
    <message>
        <source>&amp;Reassign declined</source>
        <translation>거절 건 재배정(&amp;R)</translation>
    </message>
    <message>
        <source>Find new reviewers for applications whose reviewers declined or declared a conflict</source>
        <translation>평가위원이 거절하거나 이해충돌을 신고한 과제에 새 평가위원을 찾습니다</translation>
    </message>
    <message>
        <source>On panel / reviewer</source>
        <translation>평가위원단 / 평가위원</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>배정 건수</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Filter by name, affiliation or field</source>
        <translation>이름, 소속, 분야로 필터</translation>
    </message>
    <message>
        <source>Check the reviewers who form this call&apos;s &amp;panel:</source>
        <translation>이 공모의 평가위원단에 포함할 평가위원을 선택하십시오(&amp;P):</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>평가위원단</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Filter by code, title, organisation or field</source>
        <translation>접수 번호, 과제명, 기관, 분야로 필터</translation>
    </message>
    <message>
        <source>Applications under &amp;review:</source>
        <translation>평가 중인 과제(&amp;R):</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Field match</source>
        <translation>분야 일치</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>배정 가능 여부</translation>
    </message>
    <message>
        <source>Panel reviewers for the selected &amp;applications:</source>
        <translation>선택한 과제의 평가위원단 평가위원(&amp;A):</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>배정</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) on the panel · %1 per application</source>
        <translation>
            <numerusform>평가위원단 %n명 · 과제당 %1명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) missing</source>
        <translation>
            <numerusform>평가위원 %n명 부족</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2건 중 %1건</translation>
    </message>
    <message>
        <source>Panel not changed</source>
        <translation>평가위원단을 변경하지 않음</translation>
    </message>
    <message>
        <source>%1 joined the panel.</source>
        <translation>%1 평가위원이 평가위원단에 추가되었습니다.</translation>
    </message>
    <message>
        <source>%1 left the panel.</source>
        <translation>%1 평가위원이 평가위원단에서 제외되었습니다.</translation>
    </message>
    <message>
        <source>Select applications and reviewers to assign.</source>
        <translation>배정할 과제와 평가위원을 선택하십시오.</translation>
    </message>
    <message>
        <source>Nothing assigned</source>
        <translation>배정된 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) made.</source>
        <translation>
            <numerusform>평가 배정 %n건을 완료했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some pairs were skipped</source>
        <translation>일부 조합을 건너뜀</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) skipped: a conflict of interest, a decline or an existing assignment.</source>
        <translation>
            <numerusform>%n개 조합을 건너뛰었습니다: 이해충돌, 거절 또는 기존 배정.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n개 건너뜀.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) made; %1 application(s) short of reviewers.</source>
        <translation>
            <numerusform>평가 배정 %n건을 완료했습니다. 평가위원이 부족한 과제: %1건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic assignment</source>
        <translation>자동 배정</translation>
    </message>
    <message numerus="yes">
        <source>Give every application under review %n reviewer(s) from the panel? Existing assignments stay; only missing reviewers are added, never one with a conflict of interest.</source>
        <translation>
            <numerusform>평가 중인 모든 과제에 평가위원단에서 평가위원 %n명씩 배정하시겠습니까? 기존 배정은 유지되며, 부족한 인원만 추가로 배정합니다. 이해충돌이 있는 평가위원은 배정하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic assignment failed</source>
        <translation>자동 배정 실패</translation>
    </message>
    <message>
        <source>Reassignment failed</source>
        <translation>재배정 실패</translation>
    </message>
    <message>
        <source>Reassign declined</source>
        <translation>거절 건 재배정</translation>
    </message>
    <message>
        <source>None of the selected reviewers is assigned to the selected applications.</source>
        <translation>선택한 평가위원 중 선택한 과제에 배정된 평가위원이 없습니다.</translation>
    </message>
    <message>
        <source>Withdraw assignments</source>
        <translation>배정 취소</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n assignment(s)? Drafts the reviewers started are discarded; assignments with a submitted review are kept.</source>
        <translation>
            <numerusform>평가 배정 %n건을 취소하시겠습니까? 평가위원이 작성하던 임시 저장 평가는 삭제되며, 평가를 제출한 배정은 유지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some assignments were kept</source>
        <translation>일부 배정 유지됨</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) could not be withdrawn.</source>
        <translation>
            <numerusform>평가 배정 %n건을 취소하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) withdrawn.</source>
        <translation>
            <numerusform>평가 배정 %n건을 취소했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a reviewer&apos;s position, e.g. professor</comment>
        <translation>직위</translation>
    </message>
</context>
<context>
    <name>gpudesk::FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>To screen (submitted, screening)</source>
        <translation>검토 대상 (접수, 요건 검토)</translation>
    </message>
    <message>
        <source>Decided (selected, waitlisted, rejected)</source>
        <translation>결정 완료 (선정, 예비, 미선정)</translation>
    </message>
    <message>
        <source>Search titles, organisations, investigators (Ctrl+F)</source>
        <translation>과제명, 기관, 책임자 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>모든 공모</translation>
    </message>
    <message>
        <source>All accelerators</source>
        <translation>모든 가속기</translation>
    </message>
    <message>
        <source>All organisation types</source>
        <translation>모든 기관 유형</translation>
    </message>
    <message>
        <source>Nodes</source>
        <extracomment>Label before the node-count range filter</extracomment>
        <translation>노드</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Shown in a node-range box when it does not limit anything</extracomment>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Requested nodes (8 GPUs each)</source>
        <translation>신청 노드 수 (노드당 GPU 8개)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>검색어와 모든 필터를 지웁니다</translation>
    </message>
</context>
<context>
    <name>gpudesk::IdleEvidenceChart</name>
    <message>
        <source>Busy %</source>
        <translation>사용률(%)</translation>
    </message>
    <message>
        <source>No usage could be read for %1.</source>
        <translation>%1 과제의 사용률을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Select a project to see its daily usage.</source>
        <translation>과제를 선택하면 일별 사용률이 표시됩니다.</translation>
    </message>
    <message>
        <source>Busy day</source>
        <translation>사용일</translation>
    </message>
    <message>
        <source>Idle day</source>
        <translation>유휴일</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message numerus="yes">
        <source>Flagged: idle for %n day(s)</source>
        <translation>
            <numerusform>유휴 판정: %n일 연속 유휴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle for %n day(s)</source>
        <translation>
            <numerusform>%n일 연속 유휴</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold %1%</source>
        <translation>기준 %1%</translation>
    </message>
    <message>
        <source>%1: %2 idle, %3 busy and %4 days without data; threshold %5%.</source>
        <translation>%1: 유휴 %2일, 사용 %3일, 데이터 없음 %4일. 기준 %5%.</translation>
    </message>
</context>
<context>
    <name>gpudesk::IdleProjectsView</name>
    <message>
        <source>Warning for %1</source>
        <translation>%1 과제 경고</translation>
    </message>
    <message>
        <source>Why is %1 warned? The reason is kept with the check and its evidence.</source>
        <translation>%1 과제에 경고하는 사유는 무엇입니까? 사유는 점검 기록 및 근거 자료와 함께 보관됩니다.</translation>
    </message>
    <message>
        <source>Record warning</source>
        <translation>경고 기록</translation>
    </message>
    <message>
        <source>Reduce the nodes of %1</source>
        <translation>%1 과제 노드 감축</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n node(s). The nodes released are free on the map from now on; the time used so far is still billed. Why are its nodes reduced?</source>
        <translation>
            <numerusform>%1 과제는 노드 %n개를 보유하고 있습니다. 반납한 노드는 지금부터 랙 배치도에서 사용 가능 상태가 되며, 지금까지 사용한 시간은 그대로 정산됩니다. 노드를 감축하는 사유는 무엇입니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Reclaim %1</source>
        <translation>%1 과제 회수</translation>
    </message>
    <message numerus="yes">
        <source>Reclaiming ends %1 and frees its %n node(s) from now on. Why is it reclaimed? The project is told this reason.</source>
        <translation>
            <numerusform>회수하면 %1 과제가 종료되고 노드 %n개가 지금부터 반납됩니다. 회수하는 사유는 무엇입니까? 이 사유는 과제에 통보됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the check of %1</source>
        <translation>%1 과제 점검 종결</translation>
    </message>
    <message>
        <source>Why does %1 need no action? For example: the idle days were a planned pause.</source>
        <translation>%1 과제에 조치가 필요 없는 사유는 무엇입니까? 예: 유휴 기간이 계획된 중단 기간이었습니다.</translation>
    </message>
    <message>
        <source>Clear check</source>
        <translation>점검 종결</translation>
    </message>
    <message>
        <source>&amp;Nodes to release:</source>
        <translation>반납할 노드 수(&amp;N):</translation>
    </message>
    <message>
        <source>The nodes placed last are released first.</source>
        <translation>가장 나중에 배치된 노드부터 반납합니다.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>기준일(&amp;A):</translation>
    </message>
    <message>
        <source>The last day looked at; yesterday, the last whole day, by default</source>
        <translation>검토하는 마지막 날입니다. 기본값은 하루 전체가 집계된 마지막 날인 어제입니다</translation>
    </message>
    <message>
        <source>Search code, title or organisation (Ctrl+F)</source>
        <translation>접수 번호, 과제명, 기관 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Mean busy</source>
        <translation>평균 사용률</translation>
    </message>
    <message>
        <source>Current run</source>
        <translation>현재 연속 유휴</translation>
    </message>
    <message>
        <source>Longest run</source>
        <translation>최장 연속 유휴</translation>
    </message>
    <message>
        <source>Days with data</source>
        <translation>데이터 있는 날</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>측정 기준</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>최근 점검</translation>
    </message>
    <message>
        <source>&amp;Warning…</source>
        <translation>경고(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Reduce nodes…</source>
        <translation>노드 감축(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;claim…</source>
        <translation>회수(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>조치 없이 종결(&amp;L)…</translation>
    </message>
    <message>
        <source>Record a warning with a reason; nothing else changes</source>
        <translation>사유와 함께 경고를 기록합니다. 그 밖에는 아무것도 바뀌지 않습니다</translation>
    </message>
    <message>
        <source>Release some of the project&apos;s nodes from now on</source>
        <translation>과제 노드의 일부를 지금부터 반납합니다</translation>
    </message>
    <message>
        <source>End the project and release all its nodes from now on</source>
        <translation>과제를 종료하고 모든 노드를 지금부터 반납합니다</translation>
    </message>
    <message>
        <source>Close the check without action, with a reason</source>
        <translation>사유를 기록하고 조치 없이 점검을 종결합니다</translation>
    </message>
    <message>
        <source>Check &amp;history</source>
        <translation>점검 이력(&amp;H)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Nodes released</source>
        <translation>반납 노드</translation>
    </message>
    <message>
        <source>No usage data is connected; import telemetry first.</source>
        <translation>연결된 사용률 데이터가 없습니다. 먼저 텔레메트리를 가져오십시오.</translation>
    </message>
    <message>
        <source>Idle projects</source>
        <translation>유휴 과제</translation>
    </message>
    <message>
        <source>Usage unreadable</source>
        <translation>사용률 읽기 실패</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>유휴</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2일 중 %1일</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) flagged on %2</source>
        <translation>
            <numerusform>%2 기준 과제 %n건 중 %1건 유휴 판정</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a project to see its evidence and act on it.</source>
        <translation>과제를 선택하면 근거 자료를 확인하고 조치할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · mean busy %4 over %5 to %6 (%7 of %8 days with data); threshold %9%, %10 days.</source>
        <translation>%1 · %2 · %3 · %5부터 %6까지 평균 사용률 %4(%8일 중 %7일 데이터 있음). 기준: 사용률 %9% 미만 %10일.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 holds a single node; reclaim it instead.</source>
        <translation>%1 과제는 노드가 1개뿐입니다. 대신 과제를 회수하십시오.</translation>
    </message>
    <message>
        <source>Reduce nodes</source>
        <translation>노드 감축</translation>
    </message>
    <message numerus="yes">
        <source>Release %n node(s) of %1 from now on? They are free on the map at once; this is recorded as an official act and cannot be undone.</source>
        <translation>
            <numerusform>%1 과제의 노드 %n개를 지금부터 반납하시겠습니까? 반납한 노드는 즉시 랙 배치도에서 사용 가능 상태가 됩니다. 이 조치는 공식 처분으로 기록되며 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reclaim project</source>
        <translation>과제 회수</translation>
    </message>
    <message>
        <source>Reclaim %1 and release all its nodes from now on? The project ends; this is recorded as an official act and cannot be undone.</source>
        <translation>%1 과제를 회수하고 모든 노드를 지금부터 반납하시겠습니까? 과제는 종료되며, 이 조치는 공식 처분으로 기록되고 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Performance check</source>
        <translation>성과 점검</translation>
    </message>
</context>
<context>
    <name>gpudesk::MainWindow</name>
    <message>
        <source>gpudesk — %1</source>
        <translation>gpudesk — %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline · local profile</source>
        <extracomment>Sync state in the status bar: no server has been set up, work stays local</extracomment>
        <translation>오프라인 · 로컬 프로필</translation>
    </message>
    <message>
        <source>No sync server is configured; everything is kept in this profile.</source>
        <translation>동기화 서버가 설정되지 않았습니다. 모든 데이터는 이 프로필에만 저장됩니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import applications…</source>
        <translation>과제 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;profile…</source>
        <translation>프로필 열기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>행 복사(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>필터 초기화(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Detail panel</source>
        <translation>상세 정보 창(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>열(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>새로 고쳤습니다.</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>과제(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About gpudesk</source>
        <translation>gpudesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>과제 가져오기</translation>
    </message>
    <message>
        <source>Platform exports (*.csv *.json);;CSV files (*.csv);;JSON files (*.json)</source>
        <translation>플랫폼 내보내기 파일 (*.csv *.json);;CSV 파일 (*.csv);;JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>%1 파일에서 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>%1행, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported</source>
        <translation>
            <numerusform>과제 %n건 가져옴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n개 행 거부됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows were not imported; fix them and import the file again (rows already imported are refused as duplicates).</source>
        <translation>거부된 행은 가져오지 않았습니다. 해당 행을 수정한 후 파일을 다시 가져오십시오(이미 가져온 행은 중복으로 거부됩니다).</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>프로필 열기</translation>
    </message>
    <message>
        <source>gpudesk profiles (*.sqlite);;All files (*)</source>
        <translation>gpudesk 프로필 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>About gpudesk</source>
        <translation>gpudesk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;gpudesk %1&lt;/h3&gt;&lt;p&gt;The desktop console of the national advanced-GPU allocation program.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · profile schema %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;gpudesk %1&lt;/h3&gt;&lt;p&gt;국가 첨단 GPU 배정 사업의 데스크톱 콘솔입니다.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · 프로필 스키마 %4&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서(GPL) 버전 3 또는 그 이후 버전에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>내 평가</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user…</source>
        <translation>다른 사용자로 로그인(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1(으)로 로그인했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) started or ended today.</source>
        <translation>
            <numerusform>오늘 배정 %n건이 시작되거나 종료되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allocations could not be started or ended: %1</source>
        <translation>배정을 시작하거나 종료하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Rack map</source>
        <translation>랙 배치</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Area of the main window: fleet usage at a glance</extracomment>
        <translation>사용 현황</translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>Area of the main window: GPU utilisation charts</extracomment>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Billing</source>
        <extracomment>Area of the main window: cost-share statements</extracomment>
        <translation>정산</translation>
    </message>
    <message>
        <source>Import te&amp;lemetry…</source>
        <translation>텔레메트리 가져오기(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>gpudesk::MyReviewsView</name>
    <message>
        <source>Ca&amp;ll:</source>
        <translation>공모(&amp;L):</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>신청 자원</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>My total</source>
        <translation>내 총점</translation>
    </message>
    <message>
        <source>Enter or double-click opens the application and its review form</source>
        <translation>Enter 키를 누르거나 두 번 클릭하면 과제와 평가표가 열립니다</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>수락(&amp;A)</translation>
    </message>
    <message>
        <source>Accept this assignment (scoring it also accepts it)</source>
        <translation>이 배정을 수락합니다(점수를 매겨도 수락됩니다)</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>거절(&amp;D)…</translation>
    </message>
    <message>
        <source>Declare &amp;conflict…</source>
        <translation>이해충돌 신고(&amp;C)…</translation>
    </message>
    <message>
        <source>Tell the program officer you have a conflict of interest with this application</source>
        <translation>이 과제와 이해충돌이 있음을 사업 담당자에게 알립니다</translation>
    </message>
    <message>
        <source>Your user is not linked to a reviewer, so there is nothing to review. Ask the program officer to add you to the reviewers.</source>
        <translation>사용자가 평가위원으로 등록되어 있지 않아 평가할 과제가 없습니다. 사업 담당자에게 평가위원으로 추가해 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>You are not on any review panel yet.</source>
        <translation>아직 참여 중인 평가위원단이 없습니다.</translation>
    </message>
    <message>
        <source>%1 assigned · %2 accepted · %3 in draft · %4 submitted</source>
        <translation>배정 %1 · 수락 %2 · 작성 중 %3 · 제출 %4</translation>
    </message>
    <message>
        <source>reviews were due %1 (overdue)</source>
        <translation>평가 기한: %1 (기한 초과)</translation>
    </message>
    <message>
        <source>reviews due %1</source>
        <translation>평가 기한: %1</translation>
    </message>
    <message>
        <source>panel closed</source>
        <translation>평가 마감</translation>
    </message>
    <message numerus="yes">
        <source>%1 GPU = %n node(s) %2</source>
        <translation>
            <numerusform>GPU %1개 = %2 노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (기한 초과)</translation>
    </message>
    <message>
        <source>This application is not assigned to you.</source>
        <translation>이 과제는 배정된 과제가 아닙니다.</translation>
    </message>
    <message>
        <source>The pledge was not accepted, so the application was not opened.</source>
        <translation>보안서약서에 동의하지 않아 과제를 열지 않았습니다.</translation>
    </message>
    <message>
        <source>Assignment accepted.</source>
        <translation>배정을 수락했습니다.</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <source>What is your conflict of interest with %1? (for example: same organisation, a joint project, a named team member)</source>
        <translation>%1 과제와 어떤 이해충돌이 있습니까? (예: 동일 기관, 공동 연구 과제, 참여 인력으로 기재됨)</translation>
    </message>
    <message>
        <source>Declare conflict</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <source>Decline assignment</source>
        <translation>배정 거절</translation>
    </message>
    <message>
        <source>Why do you decline %1? The program officer reads this when reassigning it.</source>
        <translation>%1 과제를 거절하는 사유는 무엇입니까? 사업 담당자가 재배정할 때 참고합니다.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Conflict of interest declared for %1; it is no longer in your list.</source>
        <translation>%1 과제에 대해 이해충돌을 신고했습니다. 목록에서 제외되었습니다.</translation>
    </message>
    <message>
        <source>You declined %1; it is no longer in your list.</source>
        <translation>%1 과제를 거절했습니다. 목록에서 제외되었습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::NodeDetailPanel</name>
    <message>
        <source>Pick a node on the map to see its details.</source>
        <translation>랙 배치도에서 노드를 선택하면 상세 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation>호스트 이름:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>위치:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>자원 풀:</translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation>배정:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>다음 배정:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n GPU(s)</source>
        <translation>
            <numerusform>%1, GPU %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2 기준)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no pool</source>
        <translation>자원 풀 없음</translation>
    </message>
</context>
<context>
    <name>gpudesk::NodeTimeline</name>
    <message>
        <source>Allocation timeline</source>
        <translation>배정 일정</translation>
    </message>
    <message>
        <source>Select nodes or a rack on the map to see their allocations over time.</source>
        <translation>랙 배치도에서 노드나 랙을 선택하면 기간별 배정이 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::OverrideDialog</name>
    <message>
        <source>Override the decision</source>
        <translation>결정 직권 변경</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, now %3; %n node(s) requested.</source>
        <translation>
            <numerusform>%1 %2: 현재 %3, 신청 노드 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>결정(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Nodes granted</source>
        <translation>배정 노드 수(&amp;N)</translation>
    </message>
    <message>
        <source>Why does this decision depart from the ranking? It is recorded in the history and on the panel sheet.</source>
        <translation>순위와 다르게 결정하는 이유는 무엇입니까? 이력과 선정 심의표에 기록됩니다.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>= %n GPU(s)</source>
        <translation>
            <numerusform>= GPU %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The application already has this decision.</source>
        <translation>이 과제는 이미 해당 결정 상태입니다.</translation>
    </message>
    <message>
        <source>A reason is required for an override.</source>
        <translation>직권 변경에는 사유가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::PlacementProjectModel</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Nodes placed of nodes granted, e.g. &quot;2 / 4&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Nodes placed</source>
        <translation>배치 노드</translation>
    </message>
    <message>
        <source>Requested window</source>
        <translation>신청 사용 기간</translation>
    </message>
</context>
<context>
    <name>gpudesk::PledgeDialog</name>
    <message>
        <source>Confidentiality pledge</source>
        <translation>보안서약서</translation>
    </message>
    <message>
        <source>Before you open the applications of %1, read and accept the call&apos;s confidentiality pledge. Your acceptance is recorded.</source>
        <translation>%1의 과제를 열람하기 전에 공모의 보안서약서를 읽고 동의하십시오. 동의 사실은 기록됩니다.</translation>
    </message>
    <message>
        <source>(The call sets no pledge text. You still agree to keep the applications and your review confidential.)</source>
        <translation>(공모에 보안서약서 문구가 정해져 있지 않습니다. 이 경우에도 과제와 평가 내용을 외부에 누설하지 않는 데 동의하게 됩니다.)</translation>
    </message>
    <message>
        <source>I have &amp;read the pledge and accept it</source>
        <translation>보안서약서를 읽었으며 이에 동의합니다(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>동의(&amp;A)</translation>
    </message>
</context>
<context>
    <name>gpudesk::PrometheusClient</name>
    <message>
        <source>&quot;%1&quot; is not the address of a Prometheus server. Write it as https://host:9090/ (or http:// on a trusted network).</source>
        <translation>&quot;%1&quot;은(는) Prometheus 서버 주소가 아닙니다. https://host:9090/ 형식으로 쓰세요(신뢰할 수 있는 네트워크에서는 http://).</translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Remove it from the URL and use basic authentication instead, so the password is not shown or stored with the address.</source>
        <translation>URL에 사용자 이름이나 비밀번호가 들어 있습니다. 비밀번호가 주소와 함께 보이거나 저장되지 않도록 URL에서 지우고 기본 인증을 사용하세요.</translation>
    </message>
    <message>
        <source>Bearer authentication is chosen but no token is set. Enter the token, or choose no authentication.</source>
        <translation>Bearer 인증을 골랐지만 토큰이 없습니다. 토큰을 입력하거나 인증 없음을 고르세요.</translation>
    </message>
    <message>
        <source>Basic authentication is chosen but no password is set. Enter the password, or choose no authentication.</source>
        <translation>기본 인증을 골랐지만 비밀번호가 없습니다. 비밀번호를 입력하거나 인증 없음을 고르세요.</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>기본 인증에는 사용자 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Credentials are sent only over https: %1 uses plain http, where anyone on the network could read them. Use the https address of the server.</source>
        <translation>인증 정보는 https로만 보냅니다: %1은(는) 네트워크의 누구나 읽을 수 있는 일반 http를 씁니다. 서버의 https 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>The step must be between 1 second and 1 day; %1 s was given.</source>
        <translation>간격은 1초에서 1일 사이여야 합니다. %1초가 주어졌습니다.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read. Check the path, or leave it empty to trust the system&apos;s certificate authorities.</source>
        <translation>CA 파일 %1을(를) 읽을 수 없습니다. 경로를 확인하거나, 시스템의 인증 기관을 신뢰하려면 비워 두세요.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER). Ask the provider for the certificate of the CA that signed the server&apos;s certificate.</source>
        <translation>CA 파일 %1에 인증서(PEM 또는 DER)가 없습니다. 서버 인증서에 서명한 CA의 인증서를 운영사에 요청하세요.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the address and the port, and that Prometheus is running.</source>
        <translation>%1이(가) 연결을 거부했습니다: 그 주소에서 대기 중인 서비스가 없습니다. 주소와 포트, Prometheus가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>The host of %1 was not found. Check the spelling of the address and the network connection.</source>
        <translation>%1의 호스트를 찾을 수 없습니다. 주소의 철자와 네트워크 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Try a shorter period or a larger step, or check the network.</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다. 기간을 줄이거나 간격을 늘리거나 네트워크를 확인하세요.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The server&apos;s certificate is not trusted by this computer; set the CA file of the provider&apos;s certificate authority. gpudesk never connects without verifying the server.</source>
        <translation>%1과(와)의 TLS 연결에 실패했습니다: %2. 이 컴퓨터가 서버 인증서를 신뢰하지 않습니다. 운영사 인증 기관의 CA 파일을 지정하세요. gpudesk는 서버를 검증하지 않고는 연결하지 않습니다.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The server&apos;s certificate was not signed by the CA in %3; check that it is the right CA file. gpudesk never connects without verifying the server.</source>
        <translation>%1과(와)의 TLS 연결에 실패했습니다: %2. 서버 인증서가 %3의 CA로 서명되지 않았습니다. 올바른 CA 파일인지 확인하세요. gpudesk는 서버를 검증하지 않고는 연결하지 않습니다.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2. Check the address and the network, then try again.</source>
        <translation>%1과(와)의 연결에 실패했습니다: %2. 주소와 네트워크를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2: %3). Check the token, or the user name and password, and that they may read this server.</source>
        <translation>%1이(가) 접근을 거부했습니다(HTTP %2: %3). 토큰이나 사용자 이름과 비밀번호, 그리고 이 서버를 읽을 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 has no Prometheus API (HTTP 404). Check the address: it is the server&apos;s base URL, such as https://host:9090/.</source>
        <translation>%1에 Prometheus API가 없습니다(HTTP 404). 주소를 확인하세요: https://host:9090/ 같은 서버의 기본 URL이어야 합니다.</translation>
    </message>
    <message>
        <source>Prometheus at %1 failed to answer (HTTP %2: %3). Try again later, or a shorter period or a larger step.</source>
        <translation>%1의 Prometheus가 응답하지 못했습니다(HTTP %2: %3). 나중에 다시 시도하거나 기간을 줄이거나 간격을 늘리세요.</translation>
    </message>
    <message>
        <source>Prometheus at %1 refused the query (HTTP %2: %3). Check the label filter and the step.</source>
        <translation>%1의 Prometheus가 조회를 거부했습니다(HTTP %2: %3). 레이블 필터와 간격을 확인하세요.</translation>
    </message>
    <message>
        <source>Prometheus at %1 gave an answer gpudesk cannot read: %2</source>
        <translation>%1의 Prometheus가 gpudesk가 읽을 수 없는 응답을 보냈습니다: %2</translation>
    </message>
</context>
<context>
    <name>gpudesk::PrometheusSourceForm</name>
    <message>
        <source>e.g. KTC B200 cluster</source>
        <translation>예: KTC B200 클러스터</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>시스템의 인증 기관</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA 파일(&amp;I):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 토큰</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>사용자 이름과 비밀번호</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>인증(&amp;H):</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>사용자(&amp;E):</translation>
    </message>
    <message>
        <source>Extra label matchers that pick this program&apos;s GPUs; empty for all dcgm-exporter series of the server.</source>
        <translation>이 사업의 GPU를 고르는 추가 레이블 조건입니다. 비워 두면 서버의 모든 dcgm-exporter 시계열을 가져옵니다.</translation>
    </message>
    <message>
        <source>&amp;Label filter:</source>
        <translation>레이블 필터(&amp;L):</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>One sample per GPU every this many seconds; at least the exporter&apos;s scrape interval, or steps without a scrape are left out.</source>
        <translation>GPU마다 이 초 간격으로 샘플 하나를 가져옵니다. exporter의 수집 간격 이상이어야 하며, 수집이 없는 간격은 빠집니다.</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>간격(&amp;T):</translation>
    </message>
    <message>
        <source>Fetch while gpudesk runs, e&amp;very</source>
        <translation>gpudesk 실행 중 주기적으로 가져오기(&amp;V), 간격</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>가져온 기간:</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>아직 없습니다.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>토큰(&amp;K):</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>gpudesk::RackMapArea</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Change the window</source>
        <translation>사용 기간 변경</translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation>시작일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Until (the day it ends, exclusive):</source>
        <translation>종료일(당일 미포함)(&amp;U):</translation>
    </message>
    <message>
        <source>A window is at most 12 months long.</source>
        <translation>사용 기간은 최대 12개월입니다.</translation>
    </message>
    <message>
        <source>Export hand-over list</source>
        <translation>인계 목록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Find a node, rack or project (Enter)</source>
        <translation>노드, 랙, 과제 검색 (Enter)</translation>
    </message>
    <message>
        <source>C&amp;olour by:</source>
        <translation>색상 기준(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Projects to place (drag onto the map):</source>
        <translation>배치할 과제(랙 배치도로 끌어다 놓기)(&amp;P):</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>자원 풀</translation>
    </message>
    <message>
        <source>Node state</source>
        <translation>노드 상태</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>배정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Suggest placement</source>
        <translation>배치 제안(&amp;S)</translation>
    </message>
    <message>
        <source>Place &amp;all…</source>
        <translation>모두 배치(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Move to selection</source>
        <translation>선택한 노드로 이동(&amp;M)</translation>
    </message>
    <message>
        <source>Change &amp;window…</source>
        <translation>사용 기간 변경(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>반납(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Hand-over list…</source>
        <translation>인계 목록(&amp;H)…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) still need nodes</source>
        <translation>
            <numerusform>아직 노드가 필요한 과제 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) in all</source>
        <translation>
            <numerusform>전체 노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change %1</source>
        <translation>%1 과제를 변경할 수 없음</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>아무것도 변경하지 않았습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n node(s) to %1 for %2</source>
        <translation>
            <numerusform>%1 과제에 노드 %n개 배정(%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n node(s) of %1</source>
        <translation>
            <numerusform>%1 과제의 노드 %n개 반납</numerusform>
        </translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>%1 과제 노드 반납</translation>
    </message>
    <message numerus="yes">
        <source>Release all %n node(s) of %1 (%2)? The project goes back to the list of projects to place. You can undo this.</source>
        <translation>
            <numerusform>%1 과제(%2)의 노드 %n개를 모두 반납하시겠습니까? 과제는 배치할 과제 목록으로 돌아갑니다. 이 작업은 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release all %n node(s) of %1</source>
        <translation>
            <numerusform>%1 과제의 노드 %n개 모두 반납</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %1 to %n node(s)</source>
        <translation>
            <numerusform>%1 과제를 노드 %n개로 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the window of %1 to %2</source>
        <translation>%1 과제의 사용 기간을 %2(으)로 변경</translation>
    </message>
    <message>
        <source>No placement for %1</source>
        <translation>%1 과제의 배치 제안 없음</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %n node(s) for %1 in %2 rack(s) of %3; adjust the selection or press Assign (Ctrl+Return).</source>
        <translation>
            <numerusform>%3 클러스터의 랙 %2개에서 %1 과제에 노드 %n개를 제안했습니다. 선택을 조정하거나 배정(Ctrl+Return)을 누르십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every project already has nodes.</source>
        <translation>모든 과제에 이미 노드가 배정되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) can be placed.</source>
        <translation>
            <numerusform>과제 %n건을 배치할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed:</source>
        <translation>배치하지 못한 과제:</translation>
    </message>
    <message>
        <source>Place them now? Each placement can be undone.</source>
        <translation>지금 배치하시겠습니까? 각 배치는 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Place all projects</source>
        <translation>모든 과제 배치</translation>
    </message>
    <message numerus="yes">
        <source>Place %n project(s)</source>
        <translation>
            <numerusform>과제 %n건 배치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %1 on %n node(s)</source>
        <translation>
            <numerusform>%1 과제를 노드 %n개에 배치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %n project(s); Ctrl+Z undoes the whole round.</source>
        <translation>
            <numerusform>과제 %n건을 배치했습니다. Ctrl+Z를 누르면 이번 배치 전체가 실행 취소됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-over list</source>
        <translation>인계 목록</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>제공 기관(&amp;P):</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation>%1에 목록을 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Hand-over list for %1 written to %2</source>
        <translation>%1 인계 목록을 %2에 저장했습니다</translation>
    </message>
    <message>
        <source>Cannot place %1</source>
        <translation>%1 과제를 배치할 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free %1 node(s) in this cluster for %2.</source>
        <translation>
            <numerusform>이 클러스터에는 %2 과제에 필요한 사용 가능한 %1 노드 %n개가 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1을(를) 찾았습니다.</translation>
    </message>
    <message>
        <source>Showing the nodes of %1.</source>
        <translation>%1 과제의 노드를 표시합니다.</translation>
    </message>
    <message>
        <source>No node, rack or project matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;과(와) 일치하는 노드, 랙, 과제가 없습니다.</translation>
    </message>
    <message>
        <source>Select free nodes</source>
        <translation>사용 가능한 노드 선택</translation>
    </message>
    <message>
        <source>In this rack</source>
        <translation>이 랙에서</translation>
    </message>
    <message>
        <source>In this row</source>
        <translation>이 열에서</translation>
    </message>
    <message>
        <source>In this cluster</source>
        <translation>이 클러스터에서</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>노드 수(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>범위(&amp;W):</translation>
    </message>
    <message>
        <source>Select &amp;free nodes…</source>
        <translation>사용 가능한 노드 선택(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>다시 실행(&amp;D)</translation>
    </message>
    <message>
        <source>Pick a project and a node on the map first.</source>
        <translation>먼저 과제를 고르고 배치도에서 노드를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Selected %1 of %n free node(s) asked for %2.</source>
        <translation>
            <numerusform>%2에 필요한 사용 가능 노드 %n개 중 %1개를 선택했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation, last 7 days</source>
        <translation type="vanished">사용률(최근 7일)</translation>
    </message>
    <message>
        <source>Utilisation, last 30 days</source>
        <translation type="vanished">사용률(최근 30일)</translation>
    </message>
    <message>
        <source>Utilisation could not be read: %1</source>
        <translation>사용률을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No telemetry from %1 to %2: import telemetry first (File &gt; Import telemetry).</source>
        <translation>%1부터 %2까지 텔레메트리가 없습니다. 먼저 텔레메트리를 가져오십시오(파일 &gt; 텔레메트리 가져오기).</translation>
    </message>
    <message numerus="yes">
        <source>Utilisation from %1 to %2: %n node(s) reported.</source>
        <translation>
            <numerusform>%1부터 %2까지의 사용률: 노드 %n개의 데이터가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>사용률</translation>
    </message>
</context>
<context>
    <name>gpudesk::RackMapLegend</name>
    <message>
        <source>a project (each its own fill)</source>
        <translation>과제(과제마다 다른 색)</translation>
    </message>
    <message>
        <source>in no pool</source>
        <translation>자원 풀 없음</translation>
    </message>
    <message>
        <source>%1% busy</source>
        <translation>사용률 %1%</translation>
    </message>
    <message>
        <source>no telemetry</source>
        <translation>텔레메트리 없음</translation>
    </message>
</context>
<context>
    <name>gpudesk::RackMapOverview</name>
    <message>
        <source>Overview of the whole fleet: click to go there</source>
        <translation>전체 GPU 자원 개요: 클릭하면 해당 위치로 이동합니다</translation>
    </message>
</context>
<context>
    <name>gpudesk::RackMapView</name>
    <message>
        <source>Rack map</source>
        <translation>랙 배치도</translation>
    </message>
</context>
<context>
    <name>gpudesk::RankingModel</name>
    <message>
        <source>Waitlist (place %1)</source>
        <translation>예비 (%1순위)</translation>
    </message>
    <message>
        <source>Promote from the waitlist</source>
        <translation>예비에서 승격</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Submitted reviews of the required number, e.g. &quot;2/3&quot;</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Too few reviews</source>
        <translation>평가 수 부족</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <extracomment>A status an officer set against the ranking, e.g. &quot;Selected (override)&quot;</extracomment>
        <translation>%1 (직권 변경)</translation>
    </message>
    <message>
        <source>%1 of the %2 required reviews are submitted: not ranked, and left out of the cut unless you override.</source>
        <translation>필요한 평가 %2건 중 %1건이 제출되었습니다. 순위를 산정하지 않으며, 직권 변경하지 않는 한 선정 대상에서 제외됩니다.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Normalised score</source>
        <translation>정규화 점수</translation>
    </message>
    <message>
        <source>Normalised rank</source>
        <translation>정규화 순위</translation>
    </message>
    <message>
        <source>Min</source>
        <extracomment>Lowest review total of an application</extracomment>
        <translation>최저</translation>
    </message>
    <message>
        <source>Max</source>
        <extracomment>Highest review total of an application</extracomment>
        <translation>최고</translation>
    </message>
    <message>
        <source>SD</source>
        <extracomment>Standard deviation of an application&apos;s review totals</extracomment>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>결정안</translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation>신청 노드</translation>
    </message>
    <message>
        <source>Nodes granted</source>
        <translation>배정 노드</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>직권 변경 사유</translation>
    </message>
</context>
<context>
    <name>gpudesk::ReportsArea</name>
    <message>
        <source>Save report as PDF</source>
        <translation>보고서를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <source>Needs the profile&apos;s telemetry, which this gpudesk cannot read yet.</source>
        <translation>프로필의 사용률 데이터가 필요한데, 이 gpudesk는 아직 그것을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>공모(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page, such as 대외비; leave it empty for none</source>
        <translation>모든 쪽의 위아래에 인쇄됩니다(예: 대외비). 비워 두면 인쇄하지 않습니다</translation>
    </message>
    <message>
        <source>Cl&amp;assification:</source>
        <translation>보안 등급(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Preview &amp;window…</source>
        <translation>미리 보기 창(&amp;W)…</translation>
    </message>
    <message>
        <source>The print preview in a window of its own, with page set-up</source>
        <translation>쪽 설정을 할 수 있는 별도 창의 인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>쪽을 너비에 맞춥니다</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>보고서 인쇄…</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>보고서를 PDF로 저장…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>보고서를 인쇄합니다 (%1)</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>보고서를 PDF 파일로 저장합니다 (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2쪽</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>쪽을 배치하는 중…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation>저장을 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1에 저장했습니다 (%n쪽).</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>인쇄를 취소했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>%1(으)로 %n쪽을 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>미리 보기: %1</translation>
    </message>
</context>
<context>
    <name>gpudesk::ReviewApplicationPane</name>
    <message>
        <source>Open an assignment (Enter or double-click) to read the application and score it.</source>
        <translation>배정 항목을 열면(Enter 키 또는 두 번 클릭) 과제를 읽고 점수를 매길 수 있습니다.</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>신청 자원</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>사용 기간</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>참여 인력</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>A&amp;pplication</source>
        <translation>과제(&amp;P)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>사본 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the selected document to a file</source>
        <translation>선택한 문서를 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>첨부 문서(&amp;U)</translation>
    </message>
    <message>
        <source>%1 GPUs = %2 nodes of %3</source>
        <translation>GPU %1개 = %3 노드 %2개</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) from %1</source>
        <translation>
            <numerusform>%1부터 %n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>the call&apos;s allocation date</source>
        <translation>공모의 배정 시작일</translation>
    </message>
    <message>
        <source>%1 (principal investigator)</source>
        <translation>%1 (책임자)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Doc&amp;uments (%1)</source>
        <translation>첨부 문서 (%1)(&amp;U)</translation>
    </message>
    <message>
        <source>This application has no documents.</source>
        <translation>이 과제에는 첨부 문서가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a text document. Use &quot;Save a copy…&quot; to open it with another program.</source>
        <translation>%1은(는) 텍스트 문서가 아닙니다. &quot;사본 저장…&quot;으로 저장한 후 다른 프로그램으로 여십시오.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>The document could not be saved to %1: %2. Choose another folder.</source>
        <translation>문서를 %1에 저장할 수 없습니다: %2. 다른 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Saved a copy of %1.</source>
        <translation>%1의 사본을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ReviewArea</name>
    <message>
        <source>accepting applications</source>
        <translation>접수 중</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>요건 검토</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>평가 중</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>선정</translation>
    </message>
    <message>
        <source>allocation</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>공모(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>평가 배정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>진행 현황(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Ranking and selection</source>
        <translation>순위 및 선정(&amp;R)</translation>
    </message>
    <message>
        <source>This profile has no calls yet.</source>
        <translation>이 프로필에는 아직 공모가 없습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>Stage: %1 · %n reviewer(s) per application · review deadline %2 · waitlist of %3 per accelerator type</source>
        <translation>
            <numerusform>단계: %1 · 과제당 평가위원 %n명 · 평가 기한 %2 · 가속기 종류별 예비 %3건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::ReviewForm</name>
    <message>
        <source>Submit review</source>
        <translation>평가 제출</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Open an assignment to score it.</source>
        <translation>점수를 매기려면 배정 항목을 여십시오.</translation>
    </message>
    <message>
        <source>Co&amp;mment (required):</source>
        <translation>의견(필수)(&amp;M):</translation>
    </message>
    <message>
        <source>Strengths, weaknesses and the reasons for your scores. The applicant never sees your name.</source>
        <translation>강점, 약점, 점수 부여 사유를 작성하십시오. 신청자에게 평가위원의 이름은 공개되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>임시 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); drafts are also saved as you type</source>
        <translation>지금 임시 저장합니다(Ctrl+S). 입력하는 동안에도 자동으로 임시 저장됩니다</translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation>제출(&amp;B)…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>Shown in a score box that has no score yet.</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>Score from %1 to %2</source>
        <translation>%1~%2점</translation>
    </message>
    <message>
        <source>Weight %1% · score %2–%3</source>
        <translation>가중치 %1% · %2~%3점</translation>
    </message>
    <message>
        <source>This call has no rubric yet; the program officer sets it up before the review.</source>
        <translation>이 공모에는 아직 평가 기준이 없습니다. 평가 전에 사업 담당자가 평가 기준을 설정합니다.</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>%1 과제 평가</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>저장하지 않은 변경 사항…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Total: %1 / 100</source>
        <translation>총점: %1 / 100</translation>
    </message>
    <message>
        <source>Total so far: %1 / 100 (%2 of %3 criteria scored)</source>
        <translation>현재 총점: %1 / 100 (평가 항목 %3개 중 %2개 채점)</translation>
    </message>
    <message>
        <source>Submitted on %1. This review is locked; only the program officer can reopen it.</source>
        <translation>%1에 제출했습니다. 이 평가는 잠겼으며, 사업 담당자만 평가를 재개할 수 있습니다.</translation>
    </message>
    <message>
        <source>Reopened by the program officer: %1
Change what is needed and submit again.</source>
        <translation>사업 담당자가 평가를 재개했습니다: %1
필요한 부분을 수정한 후 다시 제출하십시오.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(사유 없음)</translation>
    </message>
    <message>
        <source>Submit the review; it is then locked</source>
        <translation>평가를 제출합니다. 제출 후에는 잠깁니다</translation>
    </message>
    <message>
        <source>Complete: you can submit.</source>
        <translation>작성 완료: 제출할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>To submit, score %n more criterion(s) and write a comment.</source>
        <translation>
            <numerusform>제출하려면 평가 항목 %n개의 점수를 더 매기고 의견을 작성하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To submit, score %n more criterion(s).</source>
        <translation>
            <numerusform>제출하려면 평가 항목 %n개의 점수를 더 매기십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>To submit, write a comment.</source>
        <translation>제출하려면 의견을 작성하십시오.</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>%1에 임시 저장됨</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>Submit your review of %1 with a total of %2 / 100?

A submitted review is locked: you cannot change it unless the program officer reopens it.</source>
        <translation>%1 과제의 평가를 총점 %2 / 100으로 제출하시겠습니까?

제출한 평가는 잠기며, 사업 담당자가 평가를 재개하지 않는 한 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(미완료)</translation>
    </message>
    <message>
        <source>Review of %1 submitted.</source>
        <translation>%1 과제의 평가를 제출했습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ReviewProgressView</name>
    <message>
        <source>Reopen review</source>
        <translation>평가 재개</translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reviewer sees this reason.</source>
        <translation>%1의 평가를 재개하는 사유는 무엇입니까? 평가위원에게 이 사유가 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Search code, title or reviewer (Ctrl+F)</source>
        <translation>접수 번호, 과제명, 평가위원 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Late reviewers</source>
        <translation>기한 초과 평가위원(&amp;L)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>대기 시작일</translation>
    </message>
    <message>
        <source>Oldest application</source>
        <translation>가장 오래된 과제</translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation>평가 재개…</translation>
    </message>
    <message>
        <source>Let the reviewer change a submitted review; a reason is required</source>
        <translation>평가위원이 제출한 평가를 수정할 수 있게 합니다. 사유를 입력해야 합니다</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>기한 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s), %1 reviewer(s), %2 · %3</source>
        <translation>
            <numerusform>과제 %n건, 평가위원 %1명, %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no assignments</source>
        <translation>배정 없음</translation>
    </message>
    <message>
        <source>Select a submitted review to reopen it.</source>
        <translation>재개할 제출된 평가를 선택하십시오.</translation>
    </message>
    <message>
        <source>Review not reopened</source>
        <translation>평가를 재개하지 않음</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>평가 재개: %1</translation>
    </message>
</context>
<context>
    <name>gpudesk::SelectionPanel</name>
    <message>
        <source>Export the panel sheet</source>
        <translation>선정 심의표 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation>가속기 종류(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Normalise reviewer scores</source>
        <translation>평가위원별 점수 정규화(&amp;N)</translation>
    </message>
    <message>
        <source>Each reviewer&apos;s totals become z-scores over their own reviews in the call, mapped back onto the call&apos;s mean and spread; the cut then follows the normalised ranks. A reviewer with a single review or no spread maps to the call mean.</source>
        <translation>각 평가위원의 총점을 해당 공모에서 그 평가위원이 작성한 평가들 안에서 z-점수로 변환한 뒤, 공모 전체의 평균과 편차에 맞추어 다시 환산합니다. 이후 선정 기준선은 정규화 순위를 따릅니다. 평가가 1건뿐이거나 점수 편차가 없는 평가위원의 점수는 공모 평균으로 환산됩니다.</translation>
    </message>
    <message>
        <source>Apply decisions…</source>
        <translation>결정 적용…</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>직권 변경…</translation>
    </message>
    <message>
        <source>Promote from waitlist…</source>
        <translation>예비 승격…</translation>
    </message>
    <message>
        <source>Export panel sheet…</source>
        <translation>선정 심의표 내보내기…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Choose a call to rank its applications.</source>
        <translation>순위를 산정할 공모를 선택하십시오.</translation>
    </message>
    <message>
        <source>The call %1 offers no accelerator type.</source>
        <translation>공모 %1에서 제공하는 가속기 종류가 없습니다.</translation>
    </message>
    <message>
        <source>The call %1 names no pool for %2: set the pool of the call&apos;s %2 nodes before selecting.</source>
        <translation>공모 %1에 %2 자원 풀이 지정되어 있지 않습니다. 선정하기 전에 공모의 %2 노드 자원 풀을 설정하십시오.</translation>
    </message>
    <message>
        <source>Pool %1 (%2): capacity %3 nodes, committed %4, left %5.</source>
        <translation>자원 풀 %1 (%2): 용량 노드 %3개, 배정 확정 %4개, 잔여 %5개.</translation>
    </message>
    <message>
        <source>The proposal uses %1 nodes (%2 GPUs) for %3 selected, leaving %4; %5 waitlisted, %6 below the cut.</source>
        <translation>결정안: 선정 %3건에 노드 %1개(GPU %2개) 사용, 잔여 %4개. 예비 %5건, 기준선 미달 %6건.</translation>
    </message>
    <message>
        <source>No ranked application is waiting for a decision.</source>
        <translation>결정을 기다리는 순위 산정 과제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) under review have too few reviews: not ranked, left out of the cut unless you override.</source>
        <translation>
            <numerusform>평가 중인 과제 %n건의 평가 수가 부족합니다. 순위를 산정하지 않으며, 직권 변경하지 않는 한 선정 대상에서 제외됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity is free: %1 nodes left. %2 is the first waitlisted application that fits (rank %3, %4 nodes requested).</source>
        <translation>여유 용량이 있습니다: 잔여 노드 %1개. 들어갈 수 있는 첫 번째 예비 과제는 %2입니다(순위: %3, 신청 노드 %4개).</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>순위 없음</translation>
    </message>
    <message>
        <source>Apply decisions</source>
        <translation>결정 적용</translation>
    </message>
    <message>
        <source>Apply the capacity cut to %1 %2?

%3 selected (%4 nodes), %5 waitlisted, %6 rejected. %7 of the pool&apos;s nodes are left afterwards.

Each decision goes through the application&apos;s history with its reason; a rejection can only be reversed by an override with a reason.</source>
        <translation>%1 %2에 용량 한도에 따른 결정을 적용하시겠습니까?

선정 %3건(노드 %4개), 예비 %5건, 미선정 %6건. 적용 후 자원 풀의 잔여 노드는 %7개입니다.

각 결정은 사유와 함께 과제 이력에 기록되며, 미선정은 사유를 입력한 직권 변경으로만 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The decisions were not applied; nothing was changed. %1</source>
        <translation>결정을 적용하지 않았습니다. 아무것도 변경하지 않았습니다. %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 selected (%4 nodes), %5 waitlisted, %6 rejected.</source>
        <translation>%1 %2: 선정 %3건(노드 %4개), 예비 %5건, 미선정 %6건.</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>직권 변경</translation>
    </message>
    <message numerus="yes">
        <source>%1 selected by override with %n node(s).</source>
        <translation>
            <numerusform>%1 과제를 직권 변경으로 선정했습니다(노드 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set to %2 by override.</source>
        <translation>%1 과제를 직권 변경으로 &apos;%2&apos; 처리했습니다.</translation>
    </message>
    <message>
        <source>Promote from waitlist</source>
        <translation>예비 승격</translation>
    </message>
    <message numerus="yes">
        <source>Promote %1 (%2) to selected with its full request of %n node(s)?

Why: capacity was freed and it is the first waitlisted application, in rank order, that fits in the %3 nodes left.</source>
        <translation>
            <numerusform>%1 과제(%2)를 신청 노드 %n개 전체로 선정하시겠습니까?

사유: 여유 용량이 생겼으며, 순위상 남은 노드 %3개에 들어갈 수 있는 첫 번째 예비 과제입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>%1위</translation>
    </message>
    <message>
        <source>%1 promoted from the waitlist.</source>
        <translation>%1 과제를 예비에서 선정으로 승격했습니다.</translation>
    </message>
    <message>
        <source>panel-sheet-%1.csv</source>
        <translation>panel-sheet-%1.csv</translation>
    </message>
    <message>
        <source>Export panel sheet</source>
        <translation>선정 심의표 내보내기</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose another folder.</source>
        <translation>%1에 쓸 수 없습니다(%2). 다른 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check the disk and try again.</source>
        <translation>%1을(를) 저장하지 못했습니다(%2). 디스크를 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Panel sheet saved to %1.</source>
        <translation>선정 심의표를 %1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정에 따름</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>모양(&amp;A)</translation>
    </message>
</context>
<context>
    <name>gpudesk::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Choose who works in this profile. Each role sees its own areas: reviewers see only the applications assigned to them.</source>
        <translation>이 프로필에서 작업할 사용자를 선택하십시오. 역할마다 볼 수 있는 영역이 다르며, 평가위원은 자신에게 배정된 과제만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Not needed: this user has no local password</source>
        <translation>필요 없음: 이 사용자는 로컬 비밀번호가 없습니다</translation>
    </message>
    <message>
        <source>The password is not right for %1. Check the keyboard layout (한/영) and Caps Lock, then try again.</source>
        <translation>%1의 비밀번호가 올바르지 않습니다. 키보드 입력 언어(한/영)와 Caps Lock을 확인한 후 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>gpudesk::StatementsView</name>
    <message>
        <source>Export statements</source>
        <translation>정산서 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>신규 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced because the figures changed</source>
        <translation>
            <numerusform>수치가 바뀌어 대체 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn because the project has no allocated time in the month any more</source>
        <translation>
            <numerusform>해당 월에 배정된 사용 시간이 더 이상 없어 취소 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>변경 없음 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused and not issued (see the Note column)</source>
        <translation>
            <numerusform>발급 불가 %n건(비고 열 참조)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>공모(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>정산 월(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Issue statements…</source>
        <translation>정산서 발급(&amp;I)…</translation>
    </message>
    <message>
        <source>Record this month&apos;s statements as issued (one per project)</source>
        <translation>이 달의 정산서를 발급한 것으로 기록합니다(과제별 1건)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the statements and the summary for a spreadsheet</source>
        <translation>정산서와 합계를 스프레드시트용으로 저장합니다</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>기관 유형</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 시간</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>GPU 시간당 단가</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>부담률</translation>
    </message>
    <message>
        <source>Youth discount</source>
        <translation>청년 창업 할인</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>발급</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Changed since issued on %1</source>
        <translation>%1 발급 후 변경됨</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>%1 발급</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>미발급</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No allocated time in the month any more; issuing withdraws the statement.</source>
        <translation>해당 월에 배정된 사용 시간이 더 이상 없습니다. 발급하면 정산서가 취소됩니다.</translation>
    </message>
    <message>
        <source>Choose a call.</source>
        <translation>공모를 선택하십시오.</translation>
    </message>
    <message>
        <source>No project of this call held nodes in %1.</source>
        <translation>%1에 노드를 보유한 이 공모의 과제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n project(s) · %3 GPU-hours · amount %4 · VAT %5 · total %6</source>
        <translation>
            <numerusform>%1 %2: 과제 %n건 · %3 GPU 시간 · 금액 %4 · 부가세 %5 · 합계 %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused</source>
        <translation>
            <numerusform> · 발급 불가 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue statements</source>
        <translation>정산서 발급</translation>
    </message>
    <message>
        <source>Nothing to issue for %1 %2: %3.</source>
        <translation>%1 %2에 발급할 정산서가 없습니다: %3.</translation>
    </message>
    <message>
        <source>Issue the statements of %1 for %2?

%3.</source>
        <translation>%1 공모의 %2 정산서를 발급하시겠습니까?

%3.</translation>
    </message>
    <message>
        <source>Statements of %1 for %2 issued: %3.</source>
        <translation>%1 공모의 %2 정산서를 발급했습니다: %3.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2. Choose another folder.</source>
        <translation>%1을(를) 쓰기용으로 열 수 없습니다: %2. 다른 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the folder is writable and the disk has room.</source>
        <translation>%1을(를) 저장하지 못했습니다: %2. 폴더에 쓰기 권한이 있는지, 디스크 공간이 충분한지 확인하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n statement(s) to %1.</source>
        <translation>
            <numerusform>%1 파일로 정산서 %n건을 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::TelemetryImportDialog</name>
    <message numerus="yes">
        <source>%1: %Ln sample(s) imported</source>
        <translation>
            <numerusform>%1: 샘플 %Ln개 가져옴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln행 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s) left out</source>
        <translation>
            <numerusform>샘플 %Ln개 제외</numerusform>
        </translation>
    </message>
    <message>
        <source>Telemetry imported</source>
        <translation>텔레메트리 가져오기 결과</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Lines read:</source>
        <translation>읽은 행:</translation>
    </message>
    <message>
        <source>Samples imported:</source>
        <translation>가져온 샘플:</translation>
    </message>
    <message>
        <source>Rollup rows updated:</source>
        <translation>갱신한 집계 행:</translation>
    </message>
    <message>
        <source>Lines skipped:</source>
        <translation>건너뛴 행:</translation>
    </message>
    <message>
        <source>Samples of unknown hosts:</source>
        <translation>알 수 없는 호스트의 샘플:</translation>
    </message>
    <message>
        <source>Samples without a GPU index:</source>
        <translation>GPU 번호가 없는 샘플:</translation>
    </message>
    <message>
        <source>MIG instance samples (not stored):</source>
        <translation>MIG 인스턴스 샘플(저장하지 않음):</translation>
    </message>
    <message numerus="yes">
        <source>Host %1: %n sample(s) skipped, the host is not in the fleet.</source>
        <translation>
            <numerusform>호스트 %1: GPU 자원에 없는 호스트라 샘플 %n개를 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>&amp;What was left out:</source>
        <translation>제외된 내용(&amp;W):</translation>
    </message>
    <message>
        <source>Nothing: every line and sample was imported.</source>
        <translation>없음: 모든 행과 샘플을 가져왔습니다.</translation>
    </message>
    <message>
        <source>To bring in what was left out, add the unknown hosts to the fleet or correct the lines, then import a file of just those lines.</source>
        <translation>제외된 내용을 가져오려면 알 수 없는 호스트를 GPU 자원에 추가하거나 해당 행을 고친 뒤, 그 행만 담은 파일을 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>gpudesk::TelemetrySourcesDialog</name>
    <message>
        <source>Telemetry sources</source>
        <translation>텔레메트리 소스</translation>
    </message>
    <message>
        <source>(unnamed source)</source>
        <translation>(이름 없는 소스)</translation>
    </message>
    <message>
        <source>Prometheus servers that scrape dcgm-exporter at the providers. Samples are matched to nodes by their Hostname label.</source>
        <translation>운영사에서 dcgm-exporter를 수집하는 Prometheus 서버입니다. 샘플은 Hostname 레이블로 노드와 연결됩니다.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>지금 가져오기</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>시작(&amp;M)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>끝(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fetch now</source>
        <translation>지금 가져오기(&amp;F)</translation>
    </message>
    <message>
        <source>Only what was not imported from this source before is fetched, so nothing is counted twice.</source>
        <translation>이 소스에서 아직 가져오지 않은 부분만 가져오므로 두 번 집계되지 않습니다.</translation>
    </message>
    <message>
        <source>Save the changes to the sources?</source>
        <translation>소스의 변경 내용을 저장할까요?</translation>
    </message>
    <message>
        <source>Periodic fetch from %1</source>
        <translation>%1 주기적 가져오기</translation>
    </message>
    <message>
        <source>Telemetry from %1: %2</source>
        <translation>%1 텔레메트리: %2</translation>
    </message>
    <message>
        <source>Fetching telemetry from %1 failed: %2</source>
        <translation>%1에서 텔레메트리를 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>&amp;Telemetry sources…</source>
        <translation>텔레메트리 소스(&amp;T)…</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>새 소스</translation>
    </message>
    <message>
        <source>Remove the source %1? Its settings and its stored token or password are deleted when you save; samples already imported stay.</source>
        <translation>소스 %1을(를) 삭제할까요? 저장하면 설정과 저장된 토큰 또는 비밀번호가 지워집니다. 이미 가져온 샘플은 남습니다.</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>소스 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>%1: everything in this period was imported before; nothing to fetch.</source>
        <translation>%1: 이 기간은 모두 이미 가져왔습니다. 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 취소됨.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The samples up to %1 were imported; fetching again continues from there.</source>
        <translation>%1까지의 샘플은 가져왔습니다. 다시 가져오면 그 이후부터 이어집니다.</translation>
    </message>
    <message>
        <source>A periodic fetch is under way. Try again when it has finished.</source>
        <translation>주기적 가져오기가 진행 중입니다. 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Fetch telemetry</source>
        <translation>텔레메트리 가져오기</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Fetch from %1</source>
        <translation>%1에서 가져오기</translation>
    </message>
</context>
<context>
    <name>gpudesk::TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation>상태 변경</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s), now %1.</source>
        <translation>
            <numerusform>과제 %n건, 현재 상태: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New status</source>
        <translation>새 상태</translation>
    </message>
    <message>
        <source>Why? It is recorded in the history and shown to officers.</source>
        <translation>변경 사유를 입력하십시오. 이력에 기록되며 사업 담당자에게 표시됩니다.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>No status can follow %1.</source>
        <translation>&apos;%1&apos; 상태에서 변경할 수 있는 상태가 없습니다.</translation>
    </message>
    <message>
        <source>A reason is required for this change.</source>
        <translation>이 변경에는 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>A reason is optional.</source>
        <translation>사유 입력은 선택 사항입니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::UsageArea</name>
    <message>
        <source>&amp;Idle check</source>
        <translation>유휴 점검(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>차트 대상(&amp;C):</translation>
    </message>
    <message>
        <source>Search projects, clusters, hostnames (Ctrl+F)</source>
        <translation>과제, 클러스터, 호스트 이름 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ctrl+click or Shift+click several to compare them on one chart</source>
        <translation>Ctrl+클릭 또는 Shift+클릭으로 여러 개를 골라 한 차트에서 비교합니다</translation>
    </message>
    <message>
        <source>Ctrl+click to compare up to %1.</source>
        <translation>Ctrl+클릭으로 %1개까지 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>차트(&amp;H)</translation>
    </message>
    <message>
        <source>The fleet could not be read for the usage charts: %1</source>
        <translation>사용률 차트에 필요한 GPU 자원 정보를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>운영사</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>자원 풀</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Nodes (search a hostname)</source>
        <translation>노드 (호스트 이름으로 검색)</translation>
    </message>
    <message>
        <source>More than %1 hostnames match; type more of the name.</source>
        <translation>일치하는 호스트 이름이 %1개를 넘습니다. 이름을 더 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 are selected; the chart compares the first %2.</source>
        <translation>%1개가 선택되었습니다. 차트는 처음 %2개를 비교합니다.</translation>
    </message>
    <message>
        <source>There is nothing to chart for that: it holds no nodes.</source>
        <translation>노드를 보유한 적이 없어 표시할 차트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::UsageChart</name>
    <message>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>Busy %</source>
        <translation>사용률(%)</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>메모리 사용량</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전력</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>기간(&amp;R):</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>최근 1일</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>최근 1년</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>Range picker entry once the user zoomed or panned by hand</extracomment>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>확대 (+ 또는 마우스 휠)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (-, or the mouse wheel)</source>
        <translation>축소 (- 또는 마우스 휠)</translation>
    </message>
    <message>
        <source>Select range</source>
        <translation>구간 선택</translation>
    </message>
    <message>
        <source>Drag over the chart to select a range and see its figures (or Shift+drag)</source>
        <translation>차트를 끌어 구간을 선택하면 그 구간의 수치가 표시됩니다 (또는 Shift+끌기)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>이미지(PNG)…</translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation>문서(PDF)…</translation>
    </message>
    <message>
        <source>Plotted buckets (CSV)…</source>
        <translation>표시된 구간 값(CSV)…</translation>
    </message>
    <message>
        <source>Usage chart</source>
        <translation>사용률 차트</translation>
    </message>
    <message>
        <source>The usage of %1 could not be read: %2</source>
        <translation>%1의 사용률을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Lowest – highest</source>
        <translation>최저 – 최고</translation>
    </message>
    <message>
        <source>%1 (mean)</source>
        <translation>%1 (평균)</translation>
    </message>
    <message>
        <source>Allocation window</source>
        <translation>배정 기간</translation>
    </message>
    <message>
        <source>Busy (%)</source>
        <translation>사용률(%)</translation>
    </message>
    <message>
        <source>Memory used per GPU (GiB)</source>
        <translation>GPU당 메모리 사용량(GiB)</translation>
    </message>
    <message>
        <source>Power per GPU (W)</source>
        <translation>GPU당 전력(W)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>5-minute buckets</source>
        <translation>5분 단위</translation>
    </message>
    <message>
        <source>hourly buckets</source>
        <translation>1시간 단위</translation>
    </message>
    <message>
        <source>daily buckets</source>
        <translation>1일 단위</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>busy %</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>memory used</source>
        <translation>메모리 사용량</translation>
    </message>
    <message>
        <source>power</source>
        <translation>전력</translation>
    </message>
    <message>
        <source>Choose what to chart on the left.</source>
        <translation>왼쪽에서 차트로 볼 대상을 고르십시오.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (%4)</source>
        <translation>%1 — %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>%1; before %2 coarser (finer ones are no longer kept)</source>
        <translation>%1, %2 이전은 더 큰 단위 (세부 값은 보관 기간이 지남)</translation>
    </message>
    <message>
        <source>No usage data is connected to this chart.</source>
        <translation>이 차트에 연결된 사용률 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Selected %1:</source>
        <translation>선택 구간 %1:</translation>
    </message>
    <message>
        <source>Shown %1:</source>
        <translation>표시 구간 %1:</translation>
    </message>
    <message>
        <source>%1: could not be read (%2)</source>
        <translation>%1: 읽지 못함 (%2)</translation>
    </message>
    <message>
        <source>%1: no telemetry in this range</source>
        <translation>%1: 이 구간에 텔레메트리 없음</translation>
    </message>
    <message>
        <source>%1: mean %2, lowest %3, highest %4; %5 busy GPU-hours</source>
        <translation>%1: 평균 %2, 최저 %3, 최고 %4, 사용 GPU 시간 %5</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: 데이터 없음</translation>
    </message>
    <message>
        <source>%1: %2 (lowest %3, highest %4)</source>
        <translation>%1: %2 (최저 %3, 최고 %4)</translation>
    </message>
    <message>
        <source>The image could not be written to %1. Check that the folder exists and is writable, then export again.</source>
        <translation>이미지를 %1에 쓰지 못했습니다. 폴더가 있는지, 쓰기 권한이 있는지 확인한 뒤 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and is writable, then export again.</source>
        <translation>PDF를 %1에 쓰지 못했습니다. 폴더가 있는지, 쓰기 권한이 있는지 확인한 뒤 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2.</source>
        <translation>%1 파일을 쓰기용으로 열지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Scope ID</source>
        <translation>범위 ID</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>집계 단위</translation>
    </message>
    <message>
        <source>Bucket start (Asia/Seoul)</source>
        <translation>구간 시작 (Asia/Seoul)</translation>
    </message>
    <message>
        <source>Bucket start (UTC)</source>
        <translation>구간 시작 (UTC)</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>측정 수</translation>
    </message>
    <message>
        <source>Mean (%1)</source>
        <translation>평균 (%1)</translation>
    </message>
    <message>
        <source>Lowest (%1)</source>
        <translation>최저 (%1)</translation>
    </message>
    <message>
        <source>Highest (%1)</source>
        <translation>최고 (%1)</translation>
    </message>
    <message>
        <source>Busy GPU-hours</source>
        <translation>사용 GPU 시간</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; check the free space and export again.</source>
        <translation>%1 파일을 쓰지 못했습니다: %2. 아무것도 저장하지 않았습니다. 남은 공간을 확인한 뒤 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>There is nothing to export: choose what to chart first.</source>
        <translation>내보낼 내용이 없습니다. 먼저 차트로 볼 대상을 고르십시오.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>차트를 %1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::UsageDashboard</name>
    <message>
        <source>Fleet busy now</source>
        <translation>현재 전체 사용률</translation>
    </message>
    <message>
        <source>Fleet busy, last 30 days</source>
        <translation>전체 사용률(최근 30일)</translation>
    </message>
    <message>
        <source>Nodes allocated now</source>
        <translation>현재 배정 노드</translation>
    </message>
    <message>
        <source>Allocated but idle</source>
        <translation>배정 후 유휴</translation>
    </message>
    <message>
        <source>Fleet busy share per day, last 30 days</source>
        <translation>일별 전체 사용률(최근 30일)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>자원 풀</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>사용 불가</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>유휴</translation>
    </message>
    <message>
        <source>No telemetry</source>
        <translation>텔레메트리 없음</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Nodes now</source>
        <translation>현재 노드</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Busy GPU-hours</source>
        <translation>사용 GPU 시간</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
    <message>
        <source>Nodes by type and &amp;pool</source>
        <translation>종류 및 자원 풀별 노드(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rojects by use, last 30 days</source>
        <translation>과제별 사용 현황(최근 30일)(&amp;R)</translation>
    </message>
    <message>
        <source>Allocations &amp;ending in 30 days</source>
        <translation>30일 이내 종료 배정(&amp;E)</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>대시보드를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No telemetry store is open.</source>
        <translation>열려 있는 텔레메트리 저장소가 없습니다.</translation>
    </message>
    <message>
        <source>No telemetry has been imported into this profile yet: the allocation figures below are complete, the usage figures are empty. Import telemetry with File &gt; Import telemetry.</source>
        <translation>이 프로필에는 아직 가져온 텔레메트리가 없습니다. 아래의 배정 수치는 완전하지만 사용률 수치는 비어 있습니다. 파일 &gt; 텔레메트리 가져오기로 텔레메트리를 가져오십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Telemetry up to %1, %n day(s) old: import newer telemetry for current figures.</source>
        <translation>
            <numerusform>텔레메트리는 %1까지이며 %n일 전 데이터입니다. 최신 수치를 보려면 새 텔레메트리를 가져오십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telemetry up to %1.</source>
        <translation>%1까지의 텔레메트리입니다.</translation>
    </message>
    <message>
        <source>5 minutes from %1</source>
        <translation>%1부터 5분간</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no telemetry</source>
        <translation>텔레메트리 없음</translation>
    </message>
    <message>
        <source>%1 busy of %2 GPU-hours reported</source>
        <translation>보고된 %2 GPU 시간 중 %1 GPU 시간 사용</translation>
    </message>
    <message>
        <source>no telemetry in the period</source>
        <translation>기간 내 텔레메트리 없음</translation>
    </message>
    <message>
        <source>of %1 usable nodes (%2); %3 out of service</source>
        <translation>가용 노드 %1개 대비 %2, 사용 불가 %3개</translation>
    </message>
    <message>
        <source>busy under %1% over %2 days; %3 without telemetry</source>
        <translation>%2일간 사용률 %1% 미만, 텔레메트리 없음 %3개</translation>
    </message>
    <message>
        <source>Busy %</source>
        <translation>사용률(%)</translation>
    </message>
    <message>
        <source>Fleet busy share per day</source>
        <translation>일별 전체 사용률</translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation>(자원 풀 없음)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>gpudesk::UsagePeriodPicker</name>
    <message>
        <source>Last day</source>
        <translation>최근 1일</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Custom days</source>
        <extracomment>Period picker entry: the user picks the first and last day</extracomment>
        <translation>기간 지정</translation>
    </message>
    <message>
        <source>The busy share is summed over these days, ending with the map&apos;s date</source>
        <translation>이 기간의 사용률을 합산합니다. 기간은 랙 배치도의 날짜에 끝납니다</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>기간 시작일</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>기간 종료일</translation>
    </message>
</context>
</TS>
