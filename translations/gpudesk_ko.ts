<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountRules</name>
    <message>
        <source>The login must be 2-32 lower-case letters, digits, dots, hyphens or underscores, such as &quot;kim.seoyeon&quot;.</source>
        <translation>로그인 아이디는 영문 소문자, 숫자, 마침표, 하이픈, 밑줄로 2~32자여야 합니다(예: &quot;kim.seoyeon&quot;).</translation>
    </message>
    <message>
        <source>Another user already signs in as %1.</source>
        <translation>%1(으)로 로그인하는 사용자가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Give the user&apos;s name as others should read it.</source>
        <translation>다른 사람에게 보일 사용자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation>이름이 80자를 넘습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot;은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Choose the user&apos;s role.</source>
        <translation>사용자의 역할을 선택하십시오.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation>자기 자신은 비활성화할 수 없습니다. 다른 시스템 관리자에게 요청하십시오.</translation>
    </message>
    <message>
        <source>This is the profile&apos;s last active administrator; make another user an administrator first, or nobody could manage users.</source>
        <translation>이 프로필의 마지막 활성 시스템 관리자입니다. 다른 사용자를 먼저 시스템 관리자로 지정하십시오. 그렇지 않으면 아무도 사용자를 관리할 수 없습니다.</translation>
    </message>
    <message>
        <source>You cannot take away your own administration; another administrator can.</source>
        <translation>자신의 시스템 관리자 권한은 직접 해제할 수 없습니다. 다른 시스템 관리자에게 요청하십시오.</translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation>비밀번호는 최대 %1자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>비밀번호를 로그인 아이디와 같게 할 수 없습니다.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>비밀번호는 %1자 이상이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>AgendaReport</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period: first day – last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1. Requests against the pools</source>
        <translation>1. 자원 풀별 요청 현황</translation>
    </message>
    <message>
        <source>In nodes. Committed counts what every call holds of the pool or has been granted (this round&apos;s approved demands too); still asked for counts the demands before the meeting or deferred by it.</source>
        <translation>단위: 노드. 확정은 모든 공모가 자원 풀에서 사용 중이거나 배정받기로 한 노드(이번 회차의 의결된 수요 포함)이고, 미결 요청은 회의 전이거나 회의에서 보류된 수요가 요청한 노드입니다.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>가속기</translation>
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
        <source>Left</source>
        <translation>잔여</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>수요</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>의결</translation>
    </message>
    <message>
        <source>Still asked for</source>
        <translation>미결 요청</translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation>(자원 풀 없음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>The round draws on no pool: give its accelerator types a pool in the call&apos;s settings.</source>
        <translation>이 회차가 사용하는 자원 풀이 없습니다. 공모 설정에서 가속기 종류에 자원 풀을 지정하십시오.</translation>
    </message>
    <message>
        <source>%1: the pool has %2; %3 are committed and %4 left.</source>
        <translation>%1: 자원 풀 %2 중 %3 확정, %4 잔여.</translation>
    </message>
    <message>
        <source>%1: the demands still open ask for %2 more than the pool has left.</source>
        <translation>%1: 아직 결정되지 않은 수요가 자원 풀 잔여량보다 %2 더 요청합니다.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
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
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>수요 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved: %2</source>
        <translation>%1건 의결: %2노드</translation>
    </message>
    <message>
        <source>No demand of this type has reached the agenda.</source>
        <translation>이 가속기 종류의 수요 중 안건에 오른 것이 없습니다.</translation>
    </message>
    <message>
        <source>3. Decisions recorded</source>
        <translation type="vanished">3. 기록된 결정</translation>
    </message>
    <message>
        <source>Approved nodes</source>
        <translation>의결 노드</translation>
    </message>
    <message>
        <source>Approved period</source>
        <translation>의결 기간</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의일</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>의결 번호</translation>
    </message>
    <message>
        <source>The meeting has not decided on any demand of this round yet.</source>
        <translation>이 회차의 수요에 대한 회의 결정이 아직 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>National-project meeting agenda</source>
        <translation>국가 프로젝트 장관회의 안건</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation>요청 노드</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>결정 현황</translation>
    </message>
    <message>
        <source>%1 approved, %2 deferred, %3 not approved, %4 open</source>
        <translation>의결 %1건, 보류 %2건, 미의결 %3건, 회의 전 %4건</translation>
    </message>
    <message>
        <source>2. Demands ranked by the pre-review</source>
        <translation>2. 사전 검토 순위별 수요</translation>
    </message>
    <message>
        <source>Per accelerator type, the demands with every review the round requires are ranked by their normalised pre-review score (each reviewer&apos;s scale corrected); those with too few reviews follow without a rank.</source>
        <translation>가속기 종류별로, 회차가 요구하는 평가를 모두 받은 수요는 사전 검토 표준화 점수(평가위원별 척도 보정) 순으로 순위를 매기고, 평가가 부족한 수요는 순위 없이 뒤에 둡니다.</translation>
    </message>
    <message>
        <source>Per accelerator type, the demands with every review the round requires are ranked by their pre-review score; those with too few reviews follow without a rank.</source>
        <translation>가속기 종류별로, 회차가 요구하는 평가를 모두 받은 수요는 사전 검토 점수 순으로 순위를 매기고, 평가가 부족한 수요는 순위 없이 뒤에 둡니다.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No demand has reached the agenda.</source>
        <translation>안건에 오른 수요가 없습니다.</translation>
    </message>
    <message>
        <source>3. Proposed decisions</source>
        <translation>3. 결정 제안</translation>
    </message>
    <message>
        <source>The program officer&apos;s proposal to the meeting per demand, from the pre-review results. The meeting decides; its decisions follow.</source>
        <translation>사업 담당자가 사전 검토 결과를 바탕으로 수요별로 회의에 올리는 제안입니다. 결정은 회의가 하며, 그 결정은 다음 절에 있습니다.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Proposed nodes</source>
        <translation>제안 노드</translation>
    </message>
    <message>
        <source>Proposed period</source>
        <translation>제안 기간</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>No decision has been proposed for this round&apos;s demands yet.</source>
        <translation>이 회차의 수요에 대해 아직 제안된 결정이 없습니다.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>4. Decisions recorded</source>
        <translation>4. 기록된 결정</translation>
    </message>
</context>
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
    <message>
        <source>no pool</source>
        <translation>자원 풀 없음</translation>
    </message>
    <message>
        <source>A chosen node is no longer in the fleet; reload and choose again.</source>
        <translation>선택한 노드가 더 이상 장비 목록에 없습니다. 다시 불러온 후 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is a %2 node; pool %3 holds %4 nodes.</source>
        <translation>%1 노드는 %2 노드입니다. 자원 풀 %3에는 %4 노드만 들어갑니다.</translation>
    </message>
    <message>
        <source>%1 is allocated to %2 from pool %3 until %4; moving it to %5 would take it from that project. Move or release the allocation on the rack map first.</source>
        <translation>%1 노드는 %4까지 자원 풀 %3에서 %2 과제에 배정되어 있습니다. %5(으)로 옮기면 그 과제가 노드를 잃습니다. 먼저 랙 배치에서 배정을 옮기거나 해제하십시오.</translation>
    </message>
    <message>
        <source>%1 is allocated to %2 from %3 to %4; release or move that allocation first.</source>
        <translation>%1 노드는 %3부터 %4까지 %2 과제에 배정되어 있습니다. 먼저 그 배정을 해제하거나 옮기십시오.</translation>
    </message>
    <message>
        <source>%1 holds %2&apos;s allocation from %3 to %4; move the project to another node on the rack map.</source>
        <translation>%1 노드에 %2 과제의 배정(%3~%4)이 있습니다. 랙 배치에서 과제를 다른 노드로 옮기십시오.</translation>
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
        <translation type="vanished">파일이 비어 있습니다. 머리글 행이 없습니다.</translation>
    </message>
    <message>
        <source>The CSV file is malformed, so nothing was imported. %1</source>
        <translation type="vanished">CSV 파일 형식이 잘못되어 아무것도 가져오지 않았습니다. %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(빈 이름)</translation>
    </message>
    <message>
        <source>Unknown column(s): %1.</source>
        <translation type="vanished">알 수 없는 열: %1.</translation>
    </message>
    <message>
        <source>Required column(s) missing: %1.</source>
        <translation type="vanished">누락된 필수 열: %1.</translation>
    </message>
    <message>
        <source>Column(s) named more than once: %1.</source>
        <translation type="vanished">중복된 열 이름: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields, but the header has %2 columns.</source>
        <translation type="vanished">이 행의 필드는 %1개이지만 머리글의 열은 %2개입니다.</translation>
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
    <name>AuditLog</name>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>감사 기록을 남기지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>대상 ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>The file could not be written; check the disk and try again.</source>
        <translation>파일을 쓰지 못했습니다. 디스크를 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Allocation change</source>
        <translation>배정 변경</translation>
    </message>
    <message>
        <source>Performance check</source>
        <translation>성과 점검</translation>
    </message>
    <message>
        <source>Statements issued</source>
        <translation>정산서 발행</translation>
    </message>
    <message>
        <source>Reviewers auto-assigned</source>
        <translation>평가위원 자동 배정</translation>
    </message>
    <message>
        <source>Reviewers assigned</source>
        <translation>평가위원 배정</translation>
    </message>
    <message>
        <source>Reviewers reassigned</source>
        <translation>평가위원 재배정</translation>
    </message>
    <message>
        <source>Assignment withdrawn</source>
        <translation>평가 배정 철회</translation>
    </message>
    <message>
        <source>Review reopened</source>
        <translation>평가 재개</translation>
    </message>
    <message>
        <source>Call created</source>
        <translation>공모 생성</translation>
    </message>
    <message>
        <source>Call changed</source>
        <translation>공모 변경</translation>
    </message>
    <message>
        <source>Panel closed</source>
        <translation>평가위원회 종료</translation>
    </message>
    <message>
        <source>Added to the inventory</source>
        <translation>장비 등록</translation>
    </message>
    <message>
        <source>Inventory changed</source>
        <translation>장비 정보 변경</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>퇴역</translation>
    </message>
    <message>
        <source>Node state</source>
        <translation>노드 상태</translation>
    </message>
    <message>
        <source>Nodes moved to a pool</source>
        <translation>노드 자원 풀 이동</translation>
    </message>
    <message>
        <source>Node list imported</source>
        <translation>노드 목록 가져오기</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>사용자 생성</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>사용자 변경</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>사용자 비활성화</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>사용자 활성화</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>본인 비밀번호 변경</translation>
    </message>
    <message>
        <source>Reviewer profile changed</source>
        <translation>평가위원 정보 변경</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Reviewer copies removed</source>
        <translation>평가위원 사본 삭제</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>운영사</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>센터</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Rack row</source>
        <translation>랙 열</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>자원 풀</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Review assignment</source>
        <translation>평가 배정</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
</context>
<context>
    <name>AuditedRecord</name>
    <message>
        <source>The record was changed or retired meanwhile; reload and try again.</source>
        <translation>그사이 기록이 바뀌었거나 퇴역되었습니다. 다시 불러온 후 다시 시도하십시오.</translation>
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
    <name>CallAdminRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>The call was not saved: %1</source>
        <translation>공모를 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The call no longer exists in this profile; reload the list.</source>
        <translation>이 공모가 더 이상 프로필에 없습니다. 목록을 다시 불러오십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) of this call were already screened under its rules; give a reason for the change.</source>
        <translation>
            <numerusform>이 공모의 과제 %n건이 이미 현재 규칙으로 요건 검토를 거쳤습니다. 변경 사유를 입력하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call could not be saved</source>
        <translation>공모를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>The review panel of call %1 is closed already.</source>
        <translation>%1 공모의 평가위원회는 이미 종료되었습니다.</translation>
    </message>
    <message>
        <source>The panel could not be closed</source>
        <translation>평가위원회를 종료하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>CallStage</name>
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
        <source>demand survey</source>
        <translation>수요조사</translation>
    </message>
    <message>
        <source>expert pre-review</source>
        <translation>사전 검토</translation>
    </message>
    <message>
        <source>deliberation</source>
        <translation>심의·의결</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>결정</translation>
    </message>
</context>
<context>
    <name>CallStageRepository</name>
    <message>
        <source>The call&apos;s applications could not be read: %1</source>
        <translation>공모의 과제를 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are checked against the call&apos;s rules and go to review.</source>
        <translation>
            <numerusform>%n건을 공모 규칙으로 확인하여 평가로 넘깁니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them break a rule and will be rejected with the reason.</source>
        <translation>
            <numerusform>그중 %n건은 규칙에 어긋나 사유와 함께 미선정 처리됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call no longer exists.</source>
        <translation>공모가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The stage could not be saved: %1. Nothing was changed.</source>
        <translation>단계를 저장하지 못했습니다: %1. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The call&apos;s rules could not be read.</source>
        <translation>공모 규칙을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Checked against the call&apos;s rules when the call entered %1.</source>
        <translation>공모가 %1 단계에 들어설 때 공모 규칙으로 확인함.</translation>
    </message>
    <message>
        <source>Meets the call&apos;s rules.</source>
        <translation>공모 규칙 충족.</translation>
    </message>
    <message numerus="yes">
        <source>%n went to review</source>
        <translation>
            <numerusform>%n건 평가로 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected by the call&apos;s rules</source>
        <translation>
            <numerusform>%n건 공모 규칙 미충족으로 미선정</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallStages</name>
    <message>
        <source>Accepting applications</source>
        <extracomment>Stage of a call: applications come in</extracomment>
        <translation>접수</translation>
    </message>
    <message>
        <source>Demand survey</source>
        <extracomment>Stage of a national-project round: the ministries&apos; demand survey (수요조사)</extracomment>
        <translation>수요조사</translation>
    </message>
    <message>
        <source>Results submission</source>
        <extracomment>Stage of a program&apos;s yearly round: the teams hand in their results</extracomment>
        <translation>성과 제출</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>요건 검토</translation>
    </message>
    <message>
        <source>Under review</source>
        <extracomment>Stage of a call: the expert review</extracomment>
        <translation>평가</translation>
    </message>
    <message>
        <source>Pre-review</source>
        <extracomment>Stage of a national-project round: the experts&apos; pre-review (사전 검토)</extracomment>
        <translation>사전 검토</translation>
    </message>
    <message>
        <source>Annual evaluation</source>
        <extracomment>Stage of a program&apos;s yearly round: the annual evaluation (연차평가)</extracomment>
        <translation>연차평가</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>선정</translation>
    </message>
    <message>
        <source>Deliberation and decision</source>
        <extracomment>Stage of a national-project round: the ministers&apos; meeting deliberates and decides (심의·의결)</extracomment>
        <translation>심의·의결</translation>
    </message>
    <message>
        <source>Share decision</source>
        <extracomment>Stage of a program&apos;s yearly round: next year&apos;s node shares are decided</extracomment>
        <translation>지원 규모 결정</translation>
    </message>
    <message>
        <source>Allocation</source>
        <extracomment>Stage of a call: the decided projects get nodes</extracomment>
        <translation>배정</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Stage of a call: nothing more happens</extracomment>
        <translation>종료</translation>
    </message>
    <message>
        <source>The call type&apos;s stages are not a list of stage names; an administrator must correct the call type.</source>
        <translation>공모 유형의 단계가 단계 이름 목록이 아닙니다. 시스템 관리자가 공모 유형을 바로잡아야 합니다.</translation>
    </message>
    <message>
        <source>The call type names a stage this version of gpudesk does not know (%1); known stages are %2.</source>
        <translation>공모 유형에 이 버전의 gpudesk가 모르는 단계(%1)가 있습니다. 알려진 단계: %2.</translation>
    </message>
    <message>
        <source>not a name</source>
        <translation>이름이 아님</translation>
    </message>
    <message>
        <source>The call type names the stage %1 twice; each stage comes once.</source>
        <translation>공모 유형에 %1 단계가 두 번 있습니다. 각 단계는 한 번만 올 수 있습니다.</translation>
    </message>
    <message>
        <source>The call type has fewer than two stages; a call needs at least a stage to work in and one to close.</source>
        <translation>공모 유형의 단계가 둘보다 적습니다. 공모에는 적어도 일하는 단계와 종료 단계가 필요합니다.</translation>
    </message>
    <message>
        <source>The call type has no stages; an administrator must set them first.</source>
        <translation>공모 유형에 단계가 없습니다. 먼저 시스템 관리자가 단계를 정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not a stage of this call type; its stages are %2.</source>
        <translation>%1은(는) 이 공모 유형의 단계가 아닙니다. 이 유형의 단계: %2.</translation>
    </message>
    <message>
        <source>The call is at a stage its type does not have (%1); it can only start again at %2.</source>
        <translation>공모가 유형에 없는 단계(%1)에 있습니다. %2 단계부터 다시 시작할 수만 있습니다.</translation>
    </message>
    <message>
        <source>The call is already at %1.</source>
        <translation>공모가 이미 %1 단계에 있습니다.</translation>
    </message>
    <message>
        <source>The call is %1, the last stage; it cannot move any more.</source>
        <translation>공모가 마지막 단계인 %1에 있어 더 이상 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot skip from %1 to %2: the next stage is %3.</source>
        <translation>%1에서 %2(으)로 건너뛸 수 없습니다. 다음 단계는 %3입니다.</translation>
    </message>
    <message>
        <source>Cannot go back from %1 to %2: a call goes back one stage at a time, to %3.</source>
        <translation>%1에서 %2(으)로 되돌릴 수 없습니다. 공모는 한 번에 한 단계씩, %3(으)로만 되돌아갑니다.</translation>
    </message>
    <message>
        <source>Going back from %1 to %2 reopens work that was thought done; write why before confirming.</source>
        <translation>%1에서 %2(으)로 되돌리면 끝난 것으로 본 일을 다시 엽니다. 확인하기 전에 사유를 적으십시오.</translation>
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
    <name>CallValidation</name>
    <message>
        <source>Give the call a code, such as 2026-R1.</source>
        <translation>공모 코드를 입력하십시오(예: 2026-R1).</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may hold only letters, digits, dots, hyphens and underscores (at most 32), starting with a letter or digit.</source>
        <translation>코드 &quot;%1&quot;에는 영문자, 숫자, 마침표, 하이픈, 밑줄만 쓸 수 있으며(최대 32자), 영문자나 숫자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Another call already has the code %1; choose another.</source>
        <translation>다른 공모가 이미 %1 코드를 쓰고 있습니다. 다른 코드를 고르십시오.</translation>
    </message>
    <message>
        <source>Give the call a Korean title; applicants see it.</source>
        <translation>공모의 한글 제목을 입력하십시오. 신청자에게 보입니다.</translation>
    </message>
    <message>
        <source>Choose the type of the call.</source>
        <translation>공모 유형을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the stage the call is in.</source>
        <translation>공모의 현재 단계를 선택하십시오.</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; is not a stage of this type of call; choose one of %2.</source>
        <translation>&quot;%1&quot;은(는) 이 유형의 공모 단계가 아닙니다. %2 중에서 고르십시오.</translation>
    </message>
    <message>
        <source>Set the first and the last day of the application window.</source>
        <translation>접수 기간의 첫날과 마지막 날을 정하십시오.</translation>
    </message>
    <message>
        <source>The application window closes on %1, before it opens on %2; swap the days.</source>
        <translation>접수 기간이 시작일 %2보다 앞선 %1에 끝납니다. 두 날짜를 바꾸십시오.</translation>
    </message>
    <message>
        <source>The review deadline %1 comes before the window closes on %2; reviews can only end after the last application is in.</source>
        <translation>평가 마감일 %1이(가) 접수 마감일 %2보다 앞섭니다. 평가는 마지막 과제가 접수된 뒤에야 끝날 수 있습니다.</translation>
    </message>
    <message>
        <source>Allocation starts on %1, not after the window closes on %2; let it start later.</source>
        <translation>배정 시작일 %1이(가) 접수 마감일 %2보다 늦지 않습니다. 더 늦게 시작하도록 하십시오.</translation>
    </message>
    <message>
        <source>The maximum duration must be between 1 and %1 months; it is %2.</source>
        <translation>최대 사용 기간은 1~%1개월이어야 합니다. 현재 %2개월입니다.</translation>
    </message>
    <message>
        <source>Offer at least one accelerator type, with its cap and price.</source>
        <translation>가속기 종류를 하나 이상, 상한과 가격과 함께 제공하십시오.</translation>
    </message>
    <message>
        <source>%1 is offered twice; keep one line per type.</source>
        <translation>%1이(가) 두 번 들어 있습니다. 종류마다 한 줄만 두십시오.</translation>
    </message>
    <message>
        <source>The cap per project for %1 must be at least one node; it is %2.</source>
        <translation>%1의 과제당 상한은 노드 1개 이상이어야 합니다. 현재 %2입니다.</translation>
    </message>
    <message>
        <source>Set the market price per GPU-hour of %1; statements multiply by it.</source>
        <translation>%1의 GPU 시간당 시장 가격을 입력하십시오. 정산서는 이 값을 곱해 계산합니다.</translation>
    </message>
    <message>
        <source>The pool chosen for %1 no longer exists; choose another.</source>
        <translation>%1에 고른 자원 풀이 더 이상 없습니다. 다른 자원 풀을 고르십시오.</translation>
    </message>
    <message>
        <source>Pool %1 holds another type of node than %2; choose a %2 pool.</source>
        <translation>자원 풀 %1에는 %2이(가) 아닌 다른 종류의 노드가 들어갑니다. %2 자원 풀을 고르십시오.</translation>
    </message>
    <message>
        <source>The cap of %1 nodes for %2 is more than pool %3 holds (%4 nodes); lower the cap.</source>
        <translation>%2의 상한 노드 %1개가 자원 풀 %3의 용량(노드 %4개)보다 많습니다. 상한을 낮추십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) of this call ask for %1; keep offering it.</source>
        <translation>
            <numerusform>이 공모의 과제 %n건이 %1을(를) 신청했습니다. 계속 제공하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of %1 must be between 0 and 100 %.</source>
        <translation>%1의 자부담 비율은 0~100 %여야 합니다.</translation>
    </message>
    <message>
        <source>No organisation type may apply; make at least one eligible.</source>
        <translation>신청할 수 있는 기관 유형이 없습니다. 하나 이상을 신청 가능으로 하십시오.</translation>
    </message>
    <message>
        <source>The youth discount must be between 0 and 100 %; it is %1 %.</source>
        <translation>청년 기업 감면율은 0~100 %여야 합니다. 현재 %1 %입니다.</translation>
    </message>
    <message>
        <source>VAT must be between 0 and 100 %; it is %1 %.</source>
        <translation>부가가치세율은 0~100 %여야 합니다. 현재 %1 %입니다.</translation>
    </message>
    <message>
        <source>Add the rubric&apos;s criteria; reviewers score by them.</source>
        <translation>평가 기준을 추가하십시오. 평가위원은 이 기준으로 채점합니다.</translation>
    </message>
    <message>
        <source>Criterion %1 has no name.</source>
        <translation>%1번 평가 기준에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>Two criteria are named &quot;%1&quot;; reviewers could not tell them apart.</source>
        <translation>&quot;%1&quot;(이)라는 평가 기준이 둘입니다. 평가위원이 구별할 수 없습니다.</translation>
    </message>
    <message>
        <source>Criterion %1 needs a positive weight; it is %2.</source>
        <translation>%1번 평가 기준의 배점은 0보다 커야 합니다. 현재 %2입니다.</translation>
    </message>
    <message>
        <source>Criterion %1 scores from %2 to %3; the range must run upwards within 0-100.</source>
        <translation>%1번 평가 기준의 점수 범위가 %2~%3입니다. 0~100 안에서 작은 값에서 큰 값으로 정하십시오.</translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to 100.</source>
        <translation>배점 합계가 %1입니다. 합계는 100이어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) were already submitted against this rubric, so its criteria, weights and ranges can no longer change (names and guidance can).</source>
        <translation>
            <numerusform>이 평가 기준으로 이미 평가 %n건이 제출되어 기준, 배점, 점수 범위는 더 이상 바꿀 수 없습니다(이름과 안내문은 바꿀 수 있습니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each application needs 1 to %1 reviewers (typically 3-5); it is %2.</source>
        <translation>과제당 평가위원은 1~%1명이어야 합니다(보통 3~5명). 현재 %2명입니다.</translation>
    </message>
    <message>
        <source>The waitlist holds 0 to %1 projects per type; it is %2.</source>
        <translation>예비 과제 수는 종류별로 0~%1건이어야 합니다. 현재 %2건입니다.</translation>
    </message>
    <message>
        <source>The idle threshold must be between 1 and 100 % utilisation; it is %1 %.</source>
        <translation>유휴 기준은 사용률 1~100 %여야 합니다. 현재 %1 %입니다.</translation>
    </message>
    <message>
        <source>The idle period must be between 1 and %1 days; it is %2.</source>
        <translation>유휴 판정 기간은 1~%1일이어야 합니다. 현재 %2일입니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>영문 제목</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>접수 시작</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>접수 마감</translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation>평가 마감</translation>
    </message>
    <message>
        <source>Allocation from</source>
        <translation>배정 시작</translation>
    </message>
    <message>
        <source>Maximum months</source>
        <translation>최대 사용 개월</translation>
    </message>
    <message>
        <source>Reviewers per application</source>
        <translation>과제당 평가위원</translation>
    </message>
    <message>
        <source>Waitlist length</source>
        <translation>예비 과제 수</translation>
    </message>
    <message>
        <source>Youth discount %</source>
        <translation>청년 기업 감면율 %</translation>
    </message>
    <message>
        <source>Idle threshold %</source>
        <translation>유휴 기준 %</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>유휴 판정 일수</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>부가가치세율 %</translation>
    </message>
    <message>
        <source>Pledge text changed (reviewers accept it again)</source>
        <translation>보안서약서 문구 변경(평가위원이 다시 동의해야 함)</translation>
    </message>
    <message>
        <source>%1 offered</source>
        <translation>%1 제공</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>cap %1 nodes, %2 per GPU-hour</source>
        <translation>상한 노드 %1개, GPU 시간당 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>%1 cap (nodes)</source>
        <translation>%1 상한(노드)</translation>
    </message>
    <message>
        <source>%1 price per GPU-hour</source>
        <translation>%1 GPU 시간당 가격</translation>
    </message>
    <message>
        <source>%1 pool</source>
        <translation>%1 자원 풀</translation>
    </message>
    <message>
        <source>%1 eligible</source>
        <translation>%1 신청 가능</translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation>%1 자부담 비율</translation>
    </message>
    <message>
        <source>Rubric: English names or guidance changed</source>
        <translation>평가 기준: 영문 이름 또는 안내문 변경</translation>
    </message>
    <message>
        <source>Rubric: %1 → %2</source>
        <translation>평가 기준: %1 → %2</translation>
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
        <translation type="vanished">생성한 데이터로 새 프로필을 채웁니다.
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
        <translation type="vanished">--format dcgm 또는 --format nvidia-smi로 텔레메트리 형식을 지정하십시오.</translation>
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
        <translation type="vanished">
            <numerusform>%1의 샘플 %n개를 건너뛰었습니다: GPU 자원에 없는 호스트입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) skipped: no GPU index.</source>
        <translation type="vanished">
            <numerusform>샘플 %n개를 건너뛰었습니다: GPU 번호가 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MIG instance sample(s) skipped: only whole GPUs are stored.</source>
        <translation type="vanished">
            <numerusform>MIG 인스턴스 샘플 %n개를 건너뛰었습니다: GPU 단위로만 저장합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 samples (%2 rollup rows updated) from %3 lines; %4 lines and %5 samples skipped.</source>
        <translation type="vanished">%3줄에서 샘플 %1개를 가져왔습니다(집계 행 %2개 갱신). %4줄과 샘플 %5개는 건너뛰었습니다.</translation>
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
        <translation type="vanished">파일을 프로필로 가져옵니다.
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
        <translation type="vanished">텔레메트리 형식: dcgm, nvidia-smi 또는 prometheus.</translation>
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
        <translation type="vanished">사용법: gpudesk import applications FILE [--profile PATH]
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
        <translation type="vanished">창 없이 보고서를 PDF(A4, 글꼴 포함)로 씁니다.
  call-summary  공모의 신청 과제, 평가 결과, 선정 과제와 예비 과제
  allocation    전체 노드, 앞으로 1년의 배정률, 끝나 가는 배정
  usage         사용률, 유휴로 판정된 과제와 근거, 성과 점검
  statements    공모의 월별 자부담 정산서와 합계</translation>
    </message>
    <message>
        <source>call-summary, allocation, usage or statements</source>
        <translation type="vanished">call-summary, allocation, usage 또는 statements</translation>
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
        <translation type="vanished">공모의 코드 또는 ID(기본값: 프로필에 공모가 하나뿐이면 그 공모).</translation>
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
        <translation type="vanished">공모 요약 보고서: 표준화 점수로 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>Say which report to write: call-summary, allocation, usage or statements. See gpudesk report --help.</source>
        <translation type="vanished">쓸 보고서를 지정하십시오: call-summary, allocation, usage 또는 statements. gpudesk report --help를 참고하십시오.</translation>
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
    <message>
        <source>%1: schema %2, %3 MB, integrity %4, last change %5</source>
        <translation>%1: 스키마 %2, %3 MB, 무결성 %4, 마지막 변경 %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Call codes: %1</source>
        <translation>공모 코드: %1</translation>
    </message>
    <message>
        <source>Backs up a profile while gpudesk may be using it (SQLite&apos;s online backup: one consistent snapshot, checked before it is kept).
  PROFILE  the profile file, or the name of one in the profiles folder
  FILE     the backup to write; a folder names it PROFILE.backup-DATE-TIME.sqlite</source>
        <translation>gpudesk가 사용 중이어도 프로필을 백업합니다(SQLite 온라인 백업: 일관된 한 시점의 사본을 검사한 뒤 보관).
  PROFILE  프로필 파일, 또는 프로필 폴더에 있는 프로필의 이름
  FILE     백업 파일. 폴더를 주면 PROFILE.backup-날짜-시각.sqlite로 이름을 짓습니다</translation>
    </message>
    <message>
        <source>the profile to back up</source>
        <translation>백업할 프로필</translation>
    </message>
    <message>
        <source>the backup file or folder</source>
        <translation>백업 파일 또는 폴더</translation>
    </message>
    <message>
        <source>With a folder: keep only the newest N backups of this profile there.</source>
        <translation>폴더를 줄 때: 그 폴더에 이 프로필의 최신 백업 N개만 남깁니다.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: gpudesk backup PROFILE FILE|FOLDER [--keep N]</source>
        <translation>사용법: gpudesk backup PROFILE FILE|FOLDER [--keep N]</translation>
    </message>
    <message>
        <source>--keep needs a whole number of at least 1.</source>
        <translation>--keep에는 1 이상의 정수를 주십시오.</translation>
    </message>
    <message>
        <source>--keep applies to a folder of backups; name a folder.</source>
        <translation>--keep은 백업 폴더에만 씁니다. 폴더를 지정하십시오.</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>백업하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB, integrity ok).</source>
        <translation>%1을(를) %2(으)로 백업했습니다(%3 MB, 무결성 정상).</translation>
    </message>
    <message>
        <source>Removed the older backup %1.</source>
        <translation>이전 백업 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Restores a backup into a profile. Refused while the profile is open in gpudesk; an existing profile is first kept next to it as PROFILE.replaced-DATE-TIME.sqlite.
  FILE     the backup
  PROFILE  the profile file, or the name of one in the profiles folder</source>
        <translation>백업을 프로필로 복원합니다. 프로필이 gpudesk에서 열려 있으면 거부합니다. 기존 프로필은 먼저 옆에 PROFILE.replaced-날짜-시각.sqlite로 보관합니다.
  FILE     백업 파일
  PROFILE  프로필 파일, 또는 프로필 폴더에 있는 프로필의 이름</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>복원할 백업</translation>
    </message>
    <message>
        <source>the profile to restore into</source>
        <translation>복원할 대상 프로필</translation>
    </message>
    <message>
        <source>Usage: gpudesk restore FILE PROFILE</source>
        <translation>사용법: gpudesk restore FILE PROFILE</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>복원하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1을(를) %2(으)로 복원했습니다.</translation>
    </message>
    <message>
        <source>The profile it replaced is kept as %1.</source>
        <translation>교체된 프로필은 %1(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>The demo telemetry could not be made: %1</source>
        <translation>데모 텔레메트리를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Imported %1 GPU readings (every two hours) of %2 nodes from %3 to %4 and %5 Slurm jobs in %6 s; idle on purpose: %7; exporter silent for three days: %8.</source>
        <translation>노드 %2개의 GPU 측정값 %1개(2시간 간격, %3~%4)와 Slurm 작업 %5개를 %6초 만에 가져왔습니다. 일부러 유휴로 둔 과제: %7, 익스포터가 사흘간 멈춘 과제: %8.</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed jobs (%3 unchanged) from %4 lines; %5 lines skipped.</source>
        <translation>%4줄에서 새 작업 %1개와 바뀐 작업 %2개를 가져왔습니다(변경 없음 %3개). %5줄은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Name the telemetry format with --format dcgm, nvidia-smi or sacct (or prometheus with --url instead of a file).</source>
        <translation>--format dcgm, nvidia-smi 또는 sacct로 텔레메트리 형식을 지정하십시오(파일 대신 --url과 함께 prometheus도 쓸 수 있습니다).</translation>
    </message>
    <message>
        <source>Imported %1 samples (%2 of MIG instances; %3 rollup rows written) from %4 lines; %5 lines and %6 samples skipped.</source>
        <translation>%4줄에서 샘플 %1개를 가져왔습니다(MIG 인스턴스 %2개, 집계 행 %3개 기록). %5줄과 샘플 %6개는 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Imports a file into a profile.
  applications FILE   applications exported by the online platform (CSV or JSON;
                      see docs/import-format.md). Every row is checked; rejected rows
                      are listed with their line and reason.
  telemetry FILE      GPU telemetry: --format dcgm (dcgm-exporter text), nvidia-smi
                      (CSV of one host, named with --host) or sacct (Slurm jobs, times
                      in Asia/Seoul). Samples of hosts not in the fleet are counted per
                      host; a sample or job already stored is not counted twice; the
                      file is written whole or not at all.
  telemetry --format prometheus --url URL
                      dcgm-exporter metrics from a Prometheus server&apos;s
                      HTTP API over a period; a token or password comes
                      from GPUDESK_PROMETHEUS_TOKEN, or
                      GPUDESK_PROMETHEUS_USER and _PASSWORD.</source>
        <translation>파일을 프로필로 가져옵니다.
  applications FILE   온라인 플랫폼에서 내보낸 과제(CSV 또는 JSON,
                      docs/import-format.md 참조). 모든 행을 검사하고, 거부된 행은
                      줄 번호와 사유를 함께 표시합니다.
  telemetry FILE      GPU 텔레메트리: --format dcgm(dcgm-exporter 텍스트), nvidia-smi
                      (한 호스트의 CSV, --host로 지정) 또는 sacct(Slurm 작업, 시각은
                      Asia/Seoul 기준). GPU 자원에 없는 호스트의 샘플은 호스트별로
                      집계하고, 이미 저장된 샘플이나 작업은 두 번 세지 않으며, 파일은
                      전부 쓰거나 전혀 쓰지 않습니다.
  telemetry --format prometheus --url URL
                      Prometheus 서버의 HTTP API에서 기간을 정해
                      dcgm-exporter 지표를 가져옵니다. 토큰이나 비밀번호는
                      GPUDESK_PROMETHEUS_TOKEN 또는
                      GPUDESK_PROMETHEUS_USER와 _PASSWORD에서 읽습니다.</translation>
    </message>
    <message>
        <source>Telemetry format: dcgm, nvidia-smi, sacct or prometheus.</source>
        <translation>텔레메트리 형식: dcgm, nvidia-smi, sacct 또는 prometheus.</translation>
    </message>
    <message>
        <source>Usage: gpudesk import applications FILE [--profile PATH]
       gpudesk import telemetry --format dcgm|nvidia-smi|sacct FILE [--profile PATH] [--host HOSTNAME] [--at ISO-TIME]
       gpudesk import telemetry --format prometheus --url URL [--from ISO-TIME] [--to ISO-TIME] [--step 60s] [--match SELECTOR] [--ca FILE] [--profile PATH]</source>
        <translation>사용법: gpudesk import applications FILE [--profile PATH]
       gpudesk import telemetry --format dcgm|nvidia-smi|sacct FILE [--profile PATH] [--host HOSTNAME] [--at ISO-TIME]
       gpudesk import telemetry --format prometheus --url URL [--from ISO-TIME] [--to ISO-TIME] [--step 60s] [--match SELECTOR] [--ca FILE] [--profile PATH]</translation>
    </message>
    <message>
        <source>Rebuilds the usage figures (every scope and tier) of a period from the stored samples, for instance after allocations were changed after the fact. Days are Asia/Seoul days; --to is inclusive. Only days that still have samples can be rebuilt.</source>
        <translation>저장된 샘플로 기간의 사용량 집계(모든 범위와 단계)를 다시 만듭니다. 예를 들어 배정이 나중에 바뀐 경우에 씁니다. 날짜는 Asia/Seoul 기준이며 --to 날짜도 포함합니다. 샘플이 남아 있는 날만 다시 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>what to do: rebuild</source>
        <translation>할 일: rebuild</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD) or moment.</source>
        <translation>첫날(YYYY-MM-DD) 또는 시각.</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD) or moment.</source>
        <translation>마지막 날(YYYY-MM-DD) 또는 시각.</translation>
    </message>
    <message>
        <source>Usage: gpudesk rollup rebuild --from YYYY-MM-DD --to YYYY-MM-DD [--profile PATH]</source>
        <translation>사용법: gpudesk rollup rebuild --from YYYY-MM-DD --to YYYY-MM-DD [--profile PATH]</translation>
    </message>
    <message>
        <source>Rebuilt %1 rollup rows from %2 readings between %3 and %4 in %5 s.</source>
        <translation>%3부터 %4까지 측정값 %2개로 집계 행 %1개를 %5초 만에 다시 만들었습니다.</translation>
    </message>
    <message>
        <source>Fills a new profile with generated data.
  demo   the fleet of the program today, the round-1 call, about 400 applications,
         a national-project round and the World Best LLM program
  scale  the 2028 fleet: 6,500 nodes, 20,000 applications, 100,000 reviews</source>
        <translation>생성한 데이터로 새 프로필을 채웁니다.
  demo   현재 사업의 GPU 자원, 1차 공모, 과제 약 400건,
         국가 프로젝트 수요조사 한 회차와 월드 베스트 LLM 프로젝트
  scale  2028년 GPU 자원: 노드 6,500개, 과제 20,000건, 평가 100,000건</translation>
    </message>
    <message>
        <source>Other tracks: %1 national-project demands, %2 program teams.</source>
        <translation>다른 트랙: 국가 프로젝트 수요 %1건, 연차평가 사업 팀 %2개.</translation>
    </message>
    <message>
        <source>This profile has no round for the %1 report: there is nothing to report on yet.</source>
        <translation>이 프로필에는 %1 보고서의 대상 회차가 없어 보고서를 만들 대상이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Name the round with --round; the profile has %1.</source>
        <translation>--round로 회차를 지정하십시오. 이 프로필의 회차: %1.</translation>
    </message>
    <message>
        <source>Writes a report as a PDF (A4, fonts embedded), without a window.
  call-summary  a call&apos;s applications, review outcome, selected and waitlisted
  allocation    the fleet&apos;s nodes, occupancy over the coming year, allocations ending
  usage         utilisation, projects flagged as idle with their evidence, checks
  statements    a call&apos;s monthly cost-share statements and its total
  agenda        a national-project round&apos;s demands for the ministers&apos; meeting
  evaluation    a program round&apos;s teams by score with next year&apos;s shares</source>
        <translation>창 없이 보고서를 PDF(A4, 글꼴 포함)로 씁니다.
  call-summary  공모의 신청 과제, 평가 결과, 선정 과제와 예비 과제
  allocation    전체 노드, 앞으로 1년의 배정률, 끝나 가는 배정
  usage         사용률, 유휴로 판정된 과제와 근거, 성과 점검
  statements    공모의 월별 자부담 정산서와 합계
  agenda        국가 프로젝트 회차의 장관회의 안건(수요와 사전 검토 순위)
  evaluation    사업 회차의 연차평가 결과(팀별 점수와 다음 연도 배정 규모)</translation>
    </message>
    <message>
        <source>call-summary, allocation, usage, statements, agenda or evaluation</source>
        <translation>call-summary, allocation, usage, statements, agenda 또는 evaluation</translation>
    </message>
    <message>
        <source>The call, by code or id (default: the profile&apos;s only call); for agenda and evaluation the round (default: the profile&apos;s only round of that kind).</source>
        <translation>공모의 코드 또는 ID(기본값: 프로필에 공모가 하나뿐이면 그 공모). agenda와 evaluation은 회차(기본값: 프로필에 그런 회차가 하나뿐이면 그 회차).</translation>
    </message>
    <message>
        <source>Call summary, agenda and evaluation: rank by normalised scores.</source>
        <translation>공모 요약 보고서, 장관회의 안건, 연차평가 결과: 표준화 점수로 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>Say which report to write: call-summary, allocation, usage, statements, agenda or evaluation. See gpudesk report --help.</source>
        <translation>쓸 보고서를 지정하십시오: call-summary, allocation, usage, statements, agenda 또는 evaluation. gpudesk report --help를 참고하십시오.</translation>
    </message>
    <message>
        <source>Importing demo telemetry…</source>
        <translation>데모 텔레메트리를 가져오는 중…</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Signs a profile in to a gpudesk-server and runs its first sync, without a window.
The server&apos;s certificate is trusted through its CA file (ca.pem of gpudesk-server init); the password is read from standard input.</source>
        <translation>창 없이 프로필을 gpudesk-server에 로그인시키고 첫 동기화를 실행합니다.
서버 인증서는 CA 파일(gpudesk-server init이 만든 ca.pem)로 신뢰하며, 비밀번호는 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s address, https://host:port.</source>
        <translation>서버 주소(https://호스트:포트).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate file (PEM).</source>
        <translation>서버의 CA 인증서 파일(PEM).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Your login on the server.</source>
        <translation>서버 로그인 ID.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>비밀번호를 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>Sync every this many minutes while the window is open (0: only on demand; default 15).</source>
        <translation>창이 열려 있는 동안 이 간격(분)마다 동기화합니다(0: 요청할 때만, 기본값 15).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Give the server&apos;s address with --server https://host:port.</source>
        <translation>--server https://호스트:포트로 서버 주소를 지정하십시오.</translation>
    </message>
    <message>
        <source>--ca FILE, --login LOGIN and --password-stdin are needed. See gpudesk connect --help.</source>
        <translation>--ca FILE, --login LOGIN, --password-stdin이 필요합니다. gpudesk connect --help를 참조하십시오.</translation>
    </message>
    <message>
        <source>--interval takes minutes from 0 to 1440.</source>
        <translation>--interval에는 0부터 1440까지의 분을 지정하십시오.</translation>
    </message>
    <message>
        <source>No password on standard input: nothing was done.</source>
        <translation>표준 입력에 비밀번호가 없어 아무것도 하지 않았습니다.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>로그인하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved in the profile: %1</source>
        <translation>설정을 프로필에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1에 %2(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>The first sync did not finish: %1</source>
        <translation>첫 동기화를 마치지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n row(s) received.</source>
        <translation>
            <numerusform>동기화 완료: 행 %n개를 받았습니다.</numerusform>
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
    <name>CsvTable</name>
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
        <translation>(빈 칸)</translation>
    </message>
    <message>
        <source>Unknown column(s): %1.</source>
        <translation>알 수 없는 열: %1.</translation>
    </message>
    <message>
        <source>Required column(s) missing: %1.</source>
        <translation>필수 열이 없음: %1.</translation>
    </message>
    <message>
        <source>Column(s) named more than once: %1.</source>
        <translation>두 번 이상 나온 열: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields, but the header has %2 columns.</source>
        <translation>행에 값이 %1개 있지만 머리글에는 열이 %2개 있습니다.</translation>
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
    <message>
        <source>Writing the national-project round and the program</source>
        <translation>국가 프로젝트 회차와 연차평가 사업 기록 중</translation>
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
    <name>DeliberationRepository</name>
    <message numerus="yes">
        <source>Approved by the ministers&apos; meeting of %1 (%2): %n node(s) from %3 to %4.</source>
        <translation>
            <numerusform>%1 과학기술관계장관회의 의결(%2): %3부터 %4까지 %n노드.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deferred by the ministers&apos; meeting of %1 (%2) to a later meeting.</source>
        <translation>%1 과학기술관계장관회의에서 보류(%2), 다음 회의에서 다시 심의.</translation>
    </message>
    <message>
        <source>Not approved by the ministers&apos; meeting of %1 (%2).</source>
        <translation>%1 과학기술관계장관회의에서 미의결(%2).</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>A decision of the ministers&apos; meeting on a demand (의결)</extracomment>
        <translation>의결</translation>
    </message>
    <message>
        <source>Defer</source>
        <extracomment>A decision of the ministers&apos; meeting on a demand (보류)</extracomment>
        <translation>보류</translation>
    </message>
    <message>
        <source>Do not approve</source>
        <extracomment>A decision of the ministers&apos; meeting on a demand (미의결)</extracomment>
        <translation>미의결</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>회차가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The demand no longer exists.</source>
        <translation>수요가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The round is at the stage %1; the meeting&apos;s decisions are recorded at the stage %2.</source>
        <translation>회차가 %1 단계에 있습니다. 회의 결정은 %2 단계에서 기록합니다.</translation>
    </message>
    <message>
        <source>%1 already holds nodes on the rack map; release them there before recording another decision.</source>
        <translation>%1은(는) 이미 랙 배치에서 노드를 받았습니다. 다른 결정을 기록하려면 먼저 랙 배치에서 노드를 반납하십시오.</translation>
    </message>
    <message>
        <source>%1 is %2: only demands that went through the pre-review are decided by the meeting.</source>
        <translation>%1은(는) %2 상태입니다. 사전 검토를 거친 수요만 회의에서 결정합니다.</translation>
    </message>
    <message>
        <source>Give the date of the ministers&apos; meeting.</source>
        <translation>과학기술관계장관회의 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s reference (the meeting and the agenda item).</source>
        <translation>의결 번호(회의와 안건 번호)를 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 asked for %2 nodes: approve between 1 and %2.</source>
        <translation>%1은(는) %2노드를 요청했습니다. 1에서 %2노드 사이로 의결하십시오.</translation>
    </message>
    <message>
        <source>Give the first day of the approved period.</source>
        <translation>의결한 사용 기간의 첫날을 입력하십시오.</translation>
    </message>
    <message>
        <source>The approved period must be 1 to %1 months.</source>
        <translation>의결한 사용 기간은 1개월에서 %1개월 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Pool %1 has %2 nodes left; %3 nodes cannot be approved. Approve fewer, or defer the demand.</source>
        <translation>자원 풀 %1에 남은 노드는 %2대이므로 %3노드를 의결할 수 없습니다. 노드를 줄여 의결하거나 보류하십시오.</translation>
    </message>
    <message>
        <source>Round</source>
        <extracomment>Column headers of the agenda for the ministers&apos; meeting</extracomment>
        <translation>회차</translation>
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
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation>요청 노드</translation>
    </message>
    <message>
        <source>GPUs requested</source>
        <translation>요청 GPU</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>기간(개월)</translation>
    </message>
    <message>
        <source>Pre-review score</source>
        <translation>사전 검토 점수</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Nodes approved</source>
        <translation>의결 노드</translation>
    </message>
    <message>
        <source>Approved from</source>
        <translation>의결 시작일</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>의결 기간(개월)</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>회의일</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>의결 번호</translation>
    </message>
    <message>
        <source>Pool %1 (%2): capacity %3 nodes, committed %4, left %5; this round approved %6 and has %7 more requested.</source>
        <translation>자원 풀 %1(%2): 용량 %3노드, 약정 %4, 잔여 %5. 이번 회차 의결 %6노드, 추가 요청 %7노드.</translation>
    </message>
    <message>
        <source>The agenda could not be written; check that the disk has room and the file is not open in another program.</source>
        <translation>안건을 저장하지 못했습니다. 디스크 공간이 있는지, 파일이 다른 프로그램에서 열려 있지 않은지 확인하십시오.</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>결정 제안</translation>
    </message>
    <message>
        <source>Reason for the proposal</source>
        <translation>제안 사유</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n node(s), %1 – %2</source>
        <translation>
            <numerusform>의결 %n노드, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions are proposed after the pre-review has scores and before the meeting decides: at the stages %1 and %2. The round is at %3.</source>
        <translation>결정 제안은 사전 검토 점수가 나온 뒤, 회의가 결정하기 전인 %1 및 %2 단계에서 합니다. 회차는 지금 %3 단계입니다.</translation>
    </message>
    <message>
        <source>%1 is %2: a decision is proposed only for a demand in its pre-review or deferred to a later meeting.</source>
        <translation>%1은(는) %2 상태입니다. 결정 제안은 사전 검토 중이거나 다음 회의로 보류된 수요에만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 has no submitted pre-review yet; propose a decision once its reviewers have scored it.</source>
        <translation>%1에는 아직 제출된 사전 검토가 없습니다. 평가위원이 점수를 매긴 뒤 제안하십시오.</translation>
    </message>
    <message>
        <source>Give the reason for the proposal: what the pre-review found.</source>
        <translation>제안 사유(사전 검토 결과)를 적으십시오.</translation>
    </message>
</context>
<context>
    <name>DemandImporter</name>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>%1 파일이 없거나 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The file is %1 KB; a survey sheet over %2 MB is refused. Check that it is the right file.</source>
        <translation>파일 크기가 %1KB입니다. %2MB를 넘는 수요조사표는 받지 않습니다. 올바른 파일인지 확인하십시오.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>회차가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The round %1 is at the stage %2: demands are imported during its demand survey.</source>
        <translation>회차 %1이(가) %2 단계에 있습니다. 수요는 수요조사 단계에서만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was refused.</source>
        <translation>파일이 %1MB보다 커서 받지 않았습니다.</translation>
    </message>
    <message>
        <source>The column names do not match the survey sheet, so nothing can be imported. %1 The columns are: %2 (or in Korean: %3).</source>
        <translation>열 이름이 수요조사표와 맞지 않아 가져올 수 없습니다. %1 열 이름: %2 (한국어: %3).</translation>
    </message>
    <message>
        <source>The file has its header but no demand below it.</source>
        <translation>파일에 머리글만 있고 수요가 없습니다.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>값이 필요합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of 1 or more.</source>
        <translation>&apos;%1&apos;은(는) 1 이상의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Use YYYY-MM-DD, e.g. 2026-04-01.</source>
        <translation>&apos;%1&apos;은(는) 날짜가 아닙니다. YYYY-MM-DD 형식(예: 2026-04-01)으로 쓰십시오.</translation>
    </message>
    <message>
        <source>The ministry lists this project more than once (lines %1); keep one.</source>
        <translation>같은 부처가 이 사업을 두 번 이상 적었습니다(%1행). 하나만 남기십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems; nothing was imported. Correct the file and preview it again.</source>
        <translation>
            <numerusform>%1의 %n개 행에 문제가 있어 아무것도 가져오지 않았습니다. 파일을 고친 뒤 다시 미리 보십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemandRepository</name>
    <message>
        <source>The demand could not be saved: %1. Nothing was changed.</source>
        <translation>수요를 저장하지 못했습니다: %1. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>회차가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The round %1 is at the stage %2 and takes no demands any more.</source>
        <translation>회차 %1이(가) %2 단계에 있어 더 이상 수요를 받지 않습니다.</translation>
    </message>
    <message>
        <source>%1 already entered this project in the round (%2).</source>
        <translation>%1은(는) 이 회차에 같은 사업을 이미 입력했습니다(%2).</translation>
    </message>
    <message>
        <source>The round or the accelerator type %1 no longer exists.</source>
        <translation>회차 또는 가속기 종류 %1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The same ministry and project come twice.</source>
        <translation>같은 부처와 사업이 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>Demand %1 (%2, %3) cannot be entered:
%4</source>
        <translation>%1번째 수요(%2, %3)를 입력할 수 없습니다:
%4</translation>
    </message>
    <message>
        <source>Entered in the demand survey.</source>
        <translation>수요조사에서 입력함.</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>%1에서 가져옴.</translation>
    </message>
    <message>
        <source>The demand no longer exists.</source>
        <translation>수요가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>%1 is no longer a submitted demand and cannot be edited.</source>
        <translation>%1은(는) 더 이상 접수 상태가 아니어서 고칠 수 없습니다.</translation>
    </message>
    <message>
        <source>Give the round a code and a title.</source>
        <translation>회차 번호와 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The survey must close on or after the day it opens.</source>
        <translation>수요조사 마감일은 시작일과 같거나 그 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The pre-review ends after the survey closes.</source>
        <translation>사전 검토 기한은 수요조사 마감 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>Allocation starts after the survey closes.</source>
        <translation>배정 시작일은 수요조사 마감 뒤여야 합니다.</translation>
    </message>
</context>
<context>
    <name>DemandRules</name>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Accelerator type</source>
        <translation>가속기 종류</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드 수</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>기간(개월)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>담당자 이메일</translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation>담당자 전화</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1을(를) 입력해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1이(가) 너무 깁니다: %2자, 최대 %3자.</translation>
    </message>
    <message>
        <source>The purpose is too long: %1 characters, at most 20000.</source>
        <translation>목적이 너무 깁니다: %1자, 최대 20000자.</translation>
    </message>
    <message>
        <source>The start must be a date (YYYY-MM-DD, e.g. 2026-04-01).</source>
        <translation>시작일은 날짜여야 합니다(YYYY-MM-DD, 예: 2026-04-01).</translation>
    </message>
    <message>
        <source>The priority must be 1 (most urgent) or more.</source>
        <translation>우선순위는 1(가장 시급) 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address.</source>
        <translation>&apos;%1&apos;은(는) 올바른 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a telephone number: use digits, spaces, &apos;-&apos;, parentheses and an optional leading &apos;+&apos;.</source>
        <translation>&apos;%1&apos;은(는) 전화번호가 아닙니다. 숫자, 공백, &apos;-&apos;, 괄호와 맨 앞의 &apos;+&apos;만 쓰십시오.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1을(를) 쓸 수 없습니다: %2. 다른 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2. Check the free space.</source>
        <translation>%1을(를) 끝까지 쓰지 못했습니다: %2. 남은 디스크 공간을 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>1. The program&apos;s share rule</source>
        <translation>1. 사업의 배분 기준</translation>
    </message>
    <message>
        <source>Next year&apos;s capacity is shared in proportion to each team&apos;s score above the floor, each team held between the minimum and the maximum, in whole nodes. A team at or under the floor gets no share. The officer may adjust a share with a written reason.</source>
        <translation>다음 연도 용량은 각 팀의 점수 중 기준점을 넘는 만큼에 비례해 노드 단위로 나누며, 팀마다 최소와 최대 사이로 맞춥니다. 기준점 이하인 팀은 배정을 받지 않습니다. 담당자는 사유를 적고 배정 규모를 조정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Capacity next year</source>
        <translation>다음 연도 용량</translation>
    </message>
    <message>
        <source>Score floor</source>
        <translation>기준점</translation>
    </message>
    <message>
        <source>Minimum per team</source>
        <translation>팀별 최소</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Maximum per team</source>
        <translation>팀별 최대</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Accelerator type and pool</source>
        <translation>가속기 종류와 자원 풀</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The rule cannot be met with these scores: %1</source>
        <translation>이 점수로는 배분 기준을 충족할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rule leaves %n node(s) unused: every team that passes the floor is at its maximum.</source>
        <translation>
            <numerusform>배분 기준에 따라 노드 %n개가 남습니다. 기준점을 넘은 팀이 모두 최대치에 이르렀습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
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
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>기준안</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>다음 연도</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>증감</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n팀</numerusform>
        </translation>
    </message>
    <message>
        <source>The round has no team.</source>
        <translation>이 회차에 팀이 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Annual evaluation result</source>
        <translation>연차평가 결과</translation>
    </message>
    <message>
        <source>%1, year %2</source>
        <translation>%1, %2차년도</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Year decided</source>
        <translation>결정 대상 연도</translation>
    </message>
    <message>
        <source>Year %1: %2</source>
        <translation>%1차년도: %2</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>팀 수</translation>
    </message>
    <message>
        <source>Next year&apos;s nodes</source>
        <translation>다음 연도 노드</translation>
    </message>
    <message>
        <source>%1 of the program&apos;s %2</source>
        <translation>사업 용량 %2노드 중 %1노드</translation>
    </message>
    <message>
        <source>2. Teams by evaluation score</source>
        <translation>2. 평가 점수순 팀</translation>
    </message>
    <message>
        <source>Teams with every review the round requires are ranked by their normalised evaluation score (each reviewer&apos;s scale corrected). Now is what a team holds on the map; next year is its decided share or, before the decision, the rule&apos;s proposal.</source>
        <translation>회차가 요구하는 평가를 모두 받은 팀은 표준화 평가 점수(평가위원별 척도 보정) 순으로 순위를 매깁니다. 현재는 팀이 랙 맵에서 사용 중인 노드이고, 다음 연도는 결정된 배정 규모, 결정 전이면 배분 기준의 기준안입니다.</translation>
    </message>
    <message>
        <source>Teams with every review the round requires are ranked by their evaluation score. Now is what a team holds on the map; next year is its decided share or, before the decision, the rule&apos;s proposal.</source>
        <translation>회차가 요구하는 평가를 모두 받은 팀은 평가 점수 순으로 순위를 매깁니다. 현재는 팀이 랙 맵에서 사용 중인 노드이고, 다음 연도는 결정된 배정 규모, 결정 전이면 배분 기준의 기준안입니다.</translation>
    </message>
    <message>
        <source>Next year&apos;s shares add up to %1 of the program&apos;s %2 nodes.</source>
        <translation>다음 연도 배정 규모의 합은 사업 용량 %2노드 중 %1노드입니다.</translation>
    </message>
    <message>
        <source>That is %1 more than the capacity.</source>
        <translation>용량보다 %1노드 많습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 teams are decided; the others show the rule&apos;s proposal.</source>
        <translation>%2팀 중 %1팀이 결정되었고, 나머지는 배분 기준의 기준안입니다.</translation>
    </message>
    <message>
        <source>3. Decisions and reasons</source>
        <translation>3. 결정과 사유</translation>
    </message>
    <message>
        <source>Reason recorded</source>
        <translation>기록된 사유</translation>
    </message>
    <message>
        <source>No share has been decided yet: next year&apos;s figures above are the rule&apos;s proposal.</source>
        <translation>아직 결정된 배정 규모가 없습니다. 위의 다음 연도 수치는 배분 기준의 기준안입니다.</translation>
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
    <name>InventoryRepository</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>변경 내용을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Nodes are retired from the node list.</source>
        <translation>노드는 노드 목록에서 퇴역시킵니다.</translation>
    </message>
</context>
<context>
    <name>InventoryValidation</name>
    <message>
        <source>Give the %1 a name.</source>
        <translation>%1 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The name is longer than 80 characters; shorten it.</source>
        <translation>이름이 80자를 넘습니다. 줄이십시오.</translation>
    </message>
    <message>
        <source>The provider code must be 1-32 lower-case letters, digits, dots, hyphens or underscores, such as &quot;naver&quot;.</source>
        <translation>운영사 코드는 영문 소문자, 숫자, 마침표, 하이픈, 밑줄로 1~32자여야 합니다(예: &quot;naver&quot;).</translation>
    </message>
    <message>
        <source>Provider %1 already has this code.</source>
        <translation>운영사 %1이(가) 이미 이 코드를 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>운영사</translation>
    </message>
    <message>
        <source>Choose the provider that runs the site.</source>
        <translation>센터를 운영하는 운영사를 선택하십시오.</translation>
    </message>
    <message>
        <source>site</source>
        <translation>센터</translation>
    </message>
    <message>
        <source>The provider already has a site named %1.</source>
        <translation>이 운영사에 이미 %1 센터가 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; choose one such as Asia/Seoul. Telemetry stamped in local time is read in it.</source>
        <translation>&quot;%1&quot;은(는) 이 컴퓨터가 아는 시간대가 아닙니다. Asia/Seoul 같은 시간대를 고르십시오. 현지 시각으로 기록된 텔레메트리를 이 시간대로 읽습니다.</translation>
    </message>
    <message>
        <source>Choose the site the cluster stands in.</source>
        <translation>클러스터가 있는 센터를 선택하십시오.</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Choose the accelerator type of the cluster&apos;s nodes.</source>
        <translation>클러스터 노드의 가속기 종류를 선택하십시오.</translation>
    </message>
    <message>
        <source>The site already has a cluster named %1.</source>
        <translation>이 센터에 이미 %1 클러스터가 있습니다.</translation>
    </message>
    <message>
        <source>The cluster holds %1 nodes; its type can change only while it is empty.</source>
        <translation>클러스터에 %1 노드가 있습니다. 종류는 클러스터가 비어 있을 때만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>A cluster stays in its site; add a new cluster instead.</source>
        <translation>클러스터는 다른 센터로 옮길 수 없습니다. 새 클러스터를 추가하십시오.</translation>
    </message>
    <message>
        <source>Choose the site of the row.</source>
        <translation>열이 있는 센터를 선택하십시오.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Rows are numbered from 1.</source>
        <translation>열 번호는 1부터 시작합니다.</translation>
    </message>
    <message>
        <source>The site already has a row named %1.</source>
        <translation>이 센터에 이미 %1 열이 있습니다.</translation>
    </message>
    <message>
        <source>A row stays in its site; add a new row instead.</source>
        <translation>열은 다른 센터로 옮길 수 없습니다. 새 열을 추가하십시오.</translation>
    </message>
    <message>
        <source>Choose the cluster the rack belongs to.</source>
        <translation>랙이 속한 클러스터를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the row the rack stands in.</source>
        <translation>랙이 놓인 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>The row is in another site than the cluster; choose a row of the cluster&apos;s site.</source>
        <translation>열이 클러스터와 다른 센터에 있습니다. 클러스터가 있는 센터의 열을 고르십시오.</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Positions in a row are numbered from 1.</source>
        <translation>열 안의 위치는 1부터 시작합니다.</translation>
    </message>
    <message>
        <source>A rack has 1 to %1 units (42 is usual); it is %2.</source>
        <translation>랙 높이는 1~%1U여야 합니다(보통 42U). 현재 %2U입니다.</translation>
    </message>
    <message>
        <source>The site already has a rack named %1.</source>
        <translation>이 센터에 이미 %1 랙이 있습니다.</translation>
    </message>
    <message>
        <source>Rack %1 already stands at position %2 of this row.</source>
        <translation>이 열의 %2번 위치에 이미 %1 랙이 있습니다.</translation>
    </message>
    <message>
        <source>%1 sits up to unit %2; the rack needs at least that many units.</source>
        <translation>%1 노드가 %2U까지 차지합니다. 랙 높이가 그 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The rack holds %1 nodes and cannot join a %2 cluster.</source>
        <translation>랙에 %1 노드가 있어 %2 클러스터로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Give the node its host name.</source>
        <translation>노드의 호스트 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: letters, digits and hyphens, in dot-separated parts.</source>
        <translation>&quot;%1&quot;은(는) 올바른 호스트 이름이 아닙니다. 마침표로 나눈 각 부분에 영문자, 숫자, 하이픈만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is already in the fleet.</source>
        <translation>%1은(는) 이미 장비 목록에 있습니다.</translation>
    </message>
    <message>
        <source>%1 was the name of a retired node; host names stay with the records of their node. Choose another name.</source>
        <translation>%1은(는) 퇴역한 노드의 이름입니다. 호스트 이름은 그 노드의 기록에 남으므로 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>Choose the rack the node is mounted in.</source>
        <translation>노드가 장착된 랙을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the node&apos;s accelerator type.</source>
        <translation>노드의 가속기 종류를 선택하십시오.</translation>
    </message>
    <message>
        <source>A server is 1 to %1 units high; it is %2.</source>
        <translation>서버 높이는 1~%1U여야 합니다. 현재 %2U입니다.</translation>
    </message>
    <message>
        <source>Units %1-%2 do not fit rack %3 (units 1-%4).</source>
        <translation>U%1~U%2 위치는 %3 랙(U1~U%4)에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Units %1-%2 of rack %3 are taken by %4 (units %5-%6).</source>
        <translation>%3 랙의 U%1~U%2 위치는 %4 노드(U%5~U%6)가 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>Rack %1 belongs to a %2 cluster; a %3 node cannot go there.</source>
        <translation>%1 랙은 %2 클러스터에 속해 있어 %3 노드를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>A %1 node holds %2 accelerators; %3 were given.</source>
        <translation>%1 노드에는 가속기가 %2개 들어갑니다. 입력한 값은 %3개입니다.</translation>
    </message>
    <message>
        <source>The pool no longer exists; choose another.</source>
        <translation>자원 풀이 더 이상 없습니다. 다른 자원 풀을 고르십시오.</translation>
    </message>
    <message>
        <source>Pool %1 holds %2 nodes, not %3.</source>
        <translation>자원 풀 %1에는 %3이(가) 아닌 %2 노드가 들어갑니다.</translation>
    </message>
    <message>
        <source>%1 GPU UUIDs for %2 accelerators; list one per accelerator (or none until they are known).</source>
        <translation>가속기 %2개에 GPU UUID가 %1개입니다. 가속기마다 하나씩 적거나, 알 수 있을 때까지 비워 두십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GPU UUID (GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>&quot;%1&quot;은(는) GPU UUID가 아닙니다(GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1이(가) 두 번 적혀 있습니다.</translation>
    </message>
    <message>
        <source>%1 belongs to %2.</source>
        <translation>%1은(는) %2 노드의 GPU입니다.</translation>
    </message>
    <message>
        <source>%1 belongs to another node.</source>
        <translation>%1은(는) 다른 노드의 GPU입니다.</translation>
    </message>
    <message>
        <source>The pool code must be 1-32 lower-case letters, digits, dots, hyphens or underscores, such as &quot;open-b200&quot;.</source>
        <translation>자원 풀 코드는 영문 소문자, 숫자, 마침표, 하이픈, 밑줄로 1~32자여야 합니다(예: &quot;open-b200&quot;).</translation>
    </message>
    <message>
        <source>Pool %1 already has this code.</source>
        <translation>자원 풀 %1이(가) 이미 이 코드를 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>자원 풀</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>용량은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The accelerator type no longer exists; choose another.</source>
        <translation>가속기 종류가 더 이상 없습니다. 다른 종류를 고르십시오.</translation>
    </message>
    <message>
        <source>The pool holds %1 nodes such as %2; move them out before it takes only %3.</source>
        <translation>자원 풀에 %2 같은 %1 노드가 있습니다. %3만 받도록 하려면 먼저 그 노드들을 옮기십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) draw on this pool; its type cannot change under them.</source>
        <translation>
            <numerusform>공모 %n건이 이 자원 풀을 사용하므로 종류를 바꿀 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider still has %n site(s); retire them first.</source>
        <translation>
            <numerusform>운영사에 아직 센터가 %n곳 있습니다. 먼저 퇴역시키십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n cluster(s); retire them first.</source>
        <translation>
            <numerusform>센터에 아직 클러스터가 %n개 있습니다. 먼저 퇴역시키십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n row(s); retire them first.</source>
        <translation>
            <numerusform>센터에 아직 열이 %n개 있습니다. 먼저 퇴역시키십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster still has %n rack(s); retire them first.</source>
        <translation>
            <numerusform>클러스터에 아직 랙이 %n개 있습니다. 먼저 퇴역시키십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row still has %n rack(s); retire or move them first.</source>
        <translation>
            <numerusform>열에 아직 랙이 %n개 있습니다. 먼저 퇴역시키거나 옮기십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rack still holds %n node(s); retire or move them first.</source>
        <translation>
            <numerusform>랙에 아직 노드가 %n개 있습니다. 먼저 퇴역시키거나 옮기십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pool still holds %n node(s); move them to another pool first.</source>
        <translation>
            <numerusform>자원 풀에 아직 노드가 %n개 있습니다. 먼저 다른 자원 풀로 옮기십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) draw on the pool; point them at another pool first.</source>
        <translation>
            <numerusform>공모 %n건이 이 자원 풀을 사용합니다. 먼저 다른 자원 풀을 쓰도록 바꾸십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeListImporter</name>
    <message>
        <source>%1 cannot be read: %2. Check that it exists and that you may read it.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2. 파일이 있는지, 읽을 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a node list is far smaller. Is it the right file?</source>
        <translation>%1이(가) %2 MB보다 큽니다. 노드 목록은 훨씬 작습니다. 올바른 파일입니까?</translation>
    </message>
    <message>
        <source>Choose the provider whose node list this is.</source>
        <translation>이 노드 목록의 운영사를 선택하십시오.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>파일이 비어 있습니다: 머리글 줄이 없습니다.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not one of the node list&apos;s columns (%2).</source>
        <translation>&quot;%1&quot; 열은 노드 목록의 열(%2)이 아닙니다.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice in the header.</source>
        <translation>머리글에 &quot;%1&quot; 열이 두 번 있습니다.</translation>
    </message>
    <message>
        <source>The header lacks the column(s) %1; the first line must name %2.</source>
        <translation>머리글에 %1 열이 없습니다. 첫 줄에 %2 열이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>파일이 %1행을 넘습니다. 나누어 가져오십시오.</translation>
    </message>
    <message>
        <source>The row has %1 cells; the header has %2.</source>
        <translation>이 행은 %1칸이고 머리글은 %2칸입니다.</translation>
    </message>
    <message>
        <source>Name the rack.</source>
        <translation>랙을 적으십시오.</translation>
    </message>
    <message>
        <source>Rack %1 exists at more than one site of the provider; write it as site/rack.</source>
        <translation>%1 랙이 운영사의 여러 센터에 있습니다. 센터/랙 형식으로 적으십시오.</translation>
    </message>
    <message>
        <source>The provider has no rack %1; add the rack first.</source>
        <translation>운영사에 %1 랙이 없습니다. 먼저 랙을 추가하십시오.</translation>
    </message>
    <message>
        <source>The position &quot;%1&quot; is not a rack unit number.</source>
        <translation>위치 &quot;%1&quot;은(는) 랙 유닛 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>The height &quot;%1&quot; is not a number of units.</source>
        <translation>높이 &quot;%1&quot;은(는) 유닛 수가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an accelerator type of the fleet.</source>
        <translation>&quot;%1&quot;은(는) 장비 목록에 있는 가속기 종류가 아닙니다.</translation>
    </message>
    <message>
        <source>The accelerator count &quot;%1&quot; is not a number.</source>
        <translation>가속기 수 &quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>The file has a header but no nodes.</source>
        <translation>파일에 머리글만 있고 노드가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; fix the file and preview it again. Nothing was added.</source>
        <translation>
            <numerusform>%n개 행에 오류가 있습니다. 파일을 고친 뒤 다시 미리 보십시오. 아무것도 추가하지 않았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeRepository</name>
    <message>
        <source>The node could not be saved: %1</source>
        <translation>노드를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Nothing was added: node %1 (%2): %3</source>
        <translation>아무것도 추가하지 않았습니다: %1번째 노드(%2): %3</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>취소했습니다: 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was added: %1 could not be written: %2</source>
        <translation>아무것도 추가하지 않았습니다: %1을(를) 기록하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Nodes become allocated on the rack map, not here.</source>
        <translation>노드 배정은 여기가 아니라 랙 배치에서 합니다.</translation>
    </message>
    <message>
        <source>Say why the nodes go out of service; operators and officers read it.</source>
        <translation>노드를 서비스에서 빼는 사유를 적으십시오. 운영사와 사업 담당자가 읽습니다.</translation>
    </message>
    <message>
        <source>A node was retired meanwhile; reload and try again.</source>
        <translation>그사이 노드 하나가 퇴역했습니다. 다시 불러온 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The pool no longer exists; reload and choose another.</source>
        <translation>자원 풀이 더 이상 없습니다. 다시 불러온 후 다른 자원 풀을 고르십시오.</translation>
    </message>
</context>
<context>
    <name>NormaliseToggle</name>
    <message>
        <source>Each reviewer&apos;s totals become z-scores over their own reviews in the call, mapped back onto the call&apos;s mean and spread; the ranks then follow the normalised scores. A reviewer with a single review or no spread maps to the call mean.</source>
        <translation>각 평가위원의 총점을 해당 공모에서 그 평가위원이 작성한 평가들 안에서 z-점수로 변환한 뒤, 공모 전체의 평균과 편차에 맞추어 다시 환산합니다. 이후 순위는 정규화 점수를 따릅니다. 평가가 1건뿐이거나 점수 편차가 없는 평가위원의 점수는 공모 평균으로 환산됩니다.</translation>
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
    <name>ProfileBackup</name>
    <message>
        <source>The profile %1 is open in gpudesk (process %2 on %3). Close that window first, or restore into another profile.</source>
        <translation>프로필 %1이(가) gpudesk에서 열려 있습니다(%3의 프로세스 %2). 먼저 그 창을 닫거나, 다른 프로필로 복원하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for reading: %2</source>
        <translation>%1을(를) 읽기용으로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The copy could not start: %1</source>
        <translation>복사를 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cancelled; no copy was kept.</source>
        <translation>취소했습니다. 사본은 남기지 않았습니다.</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>복사하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The copy could not be finished: %1</source>
        <translation>복사를 마무리하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The copy failed its integrity check (%1); nothing was kept.</source>
        <translation>사본이 무결성 검사를 통과하지 못했습니다(%1). 아무것도 남기지 않았습니다.</translation>
    </message>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation>프로필 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the profile itself; choose another file.</source>
        <translation>백업을 프로필 자신 위에 쓸 수 없습니다. 다른 파일을 고르십시오.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose a folder you can write to.</source>
        <translation>%1 폴더를 만들 수 없습니다. 쓸 수 있는 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>The backup could not be named %1: %2</source>
        <translation>백업 파일 이름을 %1(으)로 정하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a gpudesk profile or backup (not an SQLite database).</source>
        <translation>%1은(는) gpudesk 프로필이나 백업이 아닙니다(SQLite 데이터베이스가 아님).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation>%1이(가) 손상되어 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not to gpudesk.</source>
        <translation>%1은(는) gpudesk가 아닌 다른 프로그램의 파일입니다.</translation>
    </message>
    <message>
        <source>It was written by a newer gpudesk (schema %1; this version knows up to %2). Install the newer gpudesk to restore it.</source>
        <translation>더 새로운 gpudesk가 만든 파일입니다(스키마 %1, 이 버전은 %2까지 지원). 복원하려면 새 gpudesk를 설치하십시오.</translation>
    </message>
    <message>
        <source>It fails the integrity check (%1); it cannot be restored.</source>
        <translation>무결성 검사를 통과하지 못해(%1) 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>정산서</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>동기화하지 않은 변경</translation>
    </message>
    <message>
        <source>The backup and the profile are the same file; choose the profile to restore into.</source>
        <translation>백업과 프로필이 같은 파일입니다. 복원할 대상 프로필을 고르십시오.</translation>
    </message>
    <message>
        <source>The profile to be replaced could not be kept as a copy, so nothing was restored: %1</source>
        <translation>교체될 프로필을 사본으로 보관하지 못해 복원하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The restored profile could not take the name %1: %2. The backup is unchanged; try again.</source>
        <translation>복원한 프로필을 %1(으)로 바꾸지 못했습니다: %2. 백업은 그대로입니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>이전 백업 %1을(를) 삭제하지 못했습니다.</translation>
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
    <name>ProgramRepository</name>
    <message>
        <source>The program&apos;s data could not be saved: %1. Nothing was changed.</source>
        <translation>사업 데이터를 저장하지 못했습니다: %1. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>This call is not a round of a program.</source>
        <translation>이 공모는 연차평가 사업의 회차가 아닙니다.</translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation>사업이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The round&apos;s teams could not be read: %1</source>
        <translation>회차의 팀을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Changing the share rule needs a reason; write why before confirming.</source>
        <translation>배분 규칙을 바꾸려면 사유가 필요합니다. 확인하기 전에 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>%1 has no round yet: its first year&apos;s selection comes first.</source>
        <translation>%1에는 아직 회차가 없습니다. 1차년도 선정이 먼저입니다.</translation>
    </message>
    <message>
        <source>%1 runs for %2 years; year %3 has no round.</source>
        <translation>%1은(는) %2년 사업이므로 %3차년도 회차는 없습니다.</translation>
    </message>
    <message>
        <source>The round %1 is not closed yet; close it before opening year %2.</source>
        <translation>회차 %1이(가) 아직 종료되지 않았습니다. %2차년도를 열기 전에 종료하십시오.</translation>
    </message>
    <message>
        <source>The call type of %1 has no evaluation and share stages, so it cannot hold an annual evaluation.</source>
        <translation>%1의 공모 유형에 평가 단계와 지원 규모 결정 단계가 없어 연차평가를 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The results are due between today and the review deadline, and the review ends before year %1 begins on %2.</source>
        <translation>성과 제출 마감은 오늘과 평가 기한 사이여야 하고, 평가는 %1차년도가 시작되는 %2 전에 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Opened for year %1 of %2.</source>
        <translation>%2 %1차년도 회차를 엶.</translation>
    </message>
    <message>
        <source>Opened for the annual evaluation of year %1.</source>
        <translation>%1차년도 연차평가를 위해 엶.</translation>
    </message>
    <message>
        <source>No team of %1 holds a share in year %2, so there is nobody to evaluate.</source>
        <translation>%1에 %2차년도 지원을 받는 팀이 없어 평가할 대상이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProgramSetupRepository</name>
    <message>
        <source>The program was not saved: %1</source>
        <translation>사업을 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Changing a program needs a reason; write why before saving.</source>
        <translation>사업을 바꾸려면 사유가 필요합니다. 저장하기 전에 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>No call type has both an evaluation and a share-decision stage, so the program&apos;s yearly rounds have no type. An administrator adds one in Administration &gt; Calls.</source>
        <translation>연차평가 단계와 지원 규모 결정 단계를 모두 가진 공모 유형이 없어 사업의 연차 회차를 만들 수 없습니다. 시스템 관리자가 관리 &gt; 공모에서 유형을 추가해야 합니다.</translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation>사업이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The program could not be saved: %1. Nothing was changed.</source>
        <translation>사업을 저장하지 못했습니다: %1. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>A call with the code %1 exists already; give the program another code.</source>
        <translation>코드가 %1인 공모가 이미 있습니다. 사업에 다른 코드를 주십시오.</translation>
    </message>
    <message>
        <source>Made with program %1: its teams are projects that hold nodes already.</source>
        <translation>사업 %1과 함께 만들어졌습니다. 참여 팀은 이미 노드를 배정받은 과제입니다.</translation>
    </message>
    <message>
        <source>The project no longer exists; reload the list.</source>
        <translation>과제가 더 이상 없습니다. 목록을 새로 고치십시오.</translation>
    </message>
    <message>
        <source>Removing a team needs a reason; write why before confirming.</source>
        <translation>팀을 빼려면 사유가 필요합니다. 확인하기 전에 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>The team is no longer in the program; reload the list.</source>
        <translation>팀이 더 이상 사업에 없습니다. 목록을 새로 고치십시오.</translation>
    </message>
</context>
<context>
    <name>ProgramShareRepository</name>
    <message numerus="yes">
        <source>Annual evaluation %1: score %2, rank %3 of %4; %n node(s) in year %5 from %6.</source>
        <translation>
            <numerusform>연차평가 %1: %2점, %4팀 중 %3위. %5차년도 %6부터 %n노드.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual evaluation %1: score %2, at or under the program&apos;s floor of %3; no share in year %4.</source>
        <translation>연차평가 %1: %2점으로 사업 기준점 %3점 이하. %4차년도 지원 없음.</translation>
    </message>
    <message>
        <source>Annual evaluation %1: score %2, rank %3 of %4; no share in year %5.</source>
        <translation>연차평가 %1: %2점, %4팀 중 %3위. %5차년도 지원 없음.</translation>
    </message>
    <message>
        <source>As the program&apos;s rule proposes.</source>
        <translation>사업 배분 규칙의 제안대로.</translation>
    </message>
    <message numerus="yes">
        <source>Adjusted from the rule&apos;s %n node(s): %1</source>
        <translation>
            <numerusform>규칙 제안 %n노드에서 조정함: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The round %1 is at the stage %2; shares are decided at the stage %3.</source>
        <translation>회차 %1이(가) %2 단계에 있습니다. 지원 규모는 %3 단계에서 결정합니다.</translation>
    </message>
    <message>
        <source>%1 (%2) has no share; decide every team at once.</source>
        <translation>%1(%2)의 지원 규모가 없습니다. 모든 팀을 한 번에 결정하십시오.</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 reviews; finish its evaluation first.</source>
        <translation>%1의 평가는 %3건 중 %2건입니다. 먼저 평가를 마치십시오.</translation>
    </message>
    <message>
        <source>%1 already holds nodes for the new year; release them on the rack map before deciding again.</source>
        <translation>%1은(는) 이미 다음 연도 노드를 받았습니다. 다시 결정하려면 먼저 랙 배치에서 반납하십시오.</translation>
    </message>
    <message>
        <source>%1: a share cannot be negative.</source>
        <translation>%1: 지원 규모는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 nodes instead of the rule&apos;s %3 needs a reason.</source>
        <translation>%1: 규칙의 %3노드 대신 %2노드로 하려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>The shares name applications that are not teams of this round.</source>
        <translation>지원 규모에 이 회차의 팀이 아닌 과제가 들어 있습니다.</translation>
    </message>
    <message>
        <source>The shares add up to %1 nodes, more than the program&apos;s capacity of %2.</source>
        <translation>지원 규모의 합이 %1노드로, 사업 용량 %2노드보다 많습니다.</translation>
    </message>
    <message>
        <source>%1 has not been evaluated yet.</source>
        <translation>%1은(는) 아직 평가받지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has no decided share yet; decide the shares first.</source>
        <translation>%1의 지원 규모가 아직 정해지지 않았습니다. 먼저 지원 규모를 결정하십시오.</translation>
    </message>
    <message>
        <source>The round %1 is not at its allocation stage; move it there first.</source>
        <translation>회차 %1이(가) 배정 단계에 있지 않습니다. 먼저 배정 단계로 옮기십시오.</translation>
    </message>
    <message>
        <source>Ends when year %1 begins on %2 (%3).</source>
        <translation>%1차년도가 시작되는 %2에 끝남(%3).</translation>
    </message>
    <message numerus="yes">
        <source>Year %1 (%2) from %3: %n node(s).</source>
        <translation>
            <numerusform>%1차년도(%2) %3부터 %n노드.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its own kept</source>
        <translation>
            <numerusform>자체 노드 %n대 유지</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given up by %1</source>
        <translation>
            <numerusform>%1이(가) 반납한 %n대</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new from the pool</source>
        <translation>
            <numerusform>자원 풀에서 새로 %n대</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramValidation</name>
    <message numerus="yes">
        <source>The program&apos;s evaluation has begun (%n review(s)), so its teams and settings no longer change.</source>
        <translation>
            <numerusform>사업의 평가가 시작되어(평가 %n건) 팀과 설정을 더 이상 바꿀 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Year %1&apos;s round is open with the current teams; teams change only before the second year&apos;s round opens.</source>
        <translation>현재 팀으로 %1차년도 회차가 열려 있습니다. 팀은 2차년도 회차가 열리기 전에만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Give the program a short code, such as WBL.</source>
        <translation>사업에 WBL 같은 짧은 코드를 주십시오.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may hold only letters, digits, dots, hyphens and underscores (at most 24), starting with a letter or digit.</source>
        <translation>코드 &quot;%1&quot;에는 영문자, 숫자, 점, 하이픈, 밑줄만 쓸 수 있으며(최대 24자) 영문자나 숫자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Another program already has the code %1; choose another.</source>
        <translation>다른 사업이 이미 코드 %1을(를) 씁니다. 다른 코드를 고르십시오.</translation>
    </message>
    <message>
        <source>Give the program a Korean name.</source>
        <translation>사업의 한국어 이름을 적으십시오.</translation>
    </message>
    <message>
        <source>Choose the accelerator type of the program&apos;s nodes.</source>
        <translation>사업 노드의 가속기 종류를 고르십시오.</translation>
    </message>
    <message>
        <source>The program&apos;s teams hold %1 nodes; its accelerator type stays while it has teams.</source>
        <translation>사업의 팀이 %1 노드를 쓰고 있습니다. 팀이 있는 동안 가속기 종류는 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The chosen pool no longer exists; choose another.</source>
        <translation>고른 자원 풀이 더 이상 없습니다. 다른 풀을 고르십시오.</translation>
    </message>
    <message>
        <source>Pool %1 holds another type of node than %2; choose a %2 pool.</source>
        <translation>자원 풀 %1에는 %2이(가) 아닌 노드가 있습니다. %2 풀을 고르십시오.</translation>
    </message>
    <message>
        <source>The program hands out %1 nodes a year but pool %2 holds %3; lower the capacity or choose a larger pool.</source>
        <translation>사업은 연 %1노드를 배분하지만 자원 풀 %2에는 %3노드뿐입니다. 용량을 줄이거나 더 큰 풀을 고르십시오.</translation>
    </message>
    <message>
        <source>A program has 1 to %1 teams; it says %2.</source>
        <translation>사업의 팀 수는 1~%1이어야 합니다. 지금 %2입니다.</translation>
    </message>
    <message>
        <source>The program has %1 teams already; allow at least that many, or remove teams first.</source>
        <translation>사업에 이미 %1팀이 있습니다. 그 이상을 허용하거나 먼저 팀을 빼십시오.</translation>
    </message>
    <message>
        <source>A program runs 1 to %1 years; it says %2.</source>
        <translation>사업 기간은 1~%1년이어야 합니다. 지금 %2입니다.</translation>
    </message>
    <message>
        <source>Year %1&apos;s round exists already; the program runs at least %1 years.</source>
        <translation>%1차년도 회차가 이미 있습니다. 사업 기간은 최소 %1년입니다.</translation>
    </message>
    <message>
        <source>Set the first day of the program&apos;s first year.</source>
        <translation>사업 1차년도의 첫날을 정하십시오.</translation>
    </message>
    <message>
        <source>Later years&apos; rounds were opened for years starting from %1; the first day stays.</source>
        <translation>%1부터 시작하는 연도로 이후 연차 회차가 열렸습니다. 첫날은 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The program must hand out at least one node a year.</source>
        <translation>사업은 한 해에 최소 1노드를 배분해야 합니다.</translation>
    </message>
    <message>
        <source>%1 teams at the minimum of %2 nodes need %3 nodes, more than the %4 the program hands out; lower the minimum or the number of teams.</source>
        <translation>%1팀이 최소 %2노드씩 받으려면 %3노드가 필요해 사업이 배분하는 %4노드보다 많습니다. 최소나 팀 수를 줄이십시오.</translation>
    </message>
    <message>
        <source>The program has its %1 teams already; allow more teams in its settings or remove one first.</source>
        <translation>사업에 이미 %1팀이 있습니다. 설정에서 팀 수를 늘리거나 먼저 한 팀을 빼십시오.</translation>
    </message>
    <message>
        <source>%1 is %2: a team is a project that holds nodes (allocated or active).</source>
        <translation>%1은(는) %2 상태입니다. 팀은 노드를 배정받은(배정 또는 사용 중) 과제여야 합니다.</translation>
    </message>
    <message>
        <source>%1 holds no nodes on the rack map; place its nodes there first.</source>
        <translation>%1은(는) 랙 배치에 노드가 없습니다. 먼저 노드를 배치하십시오.</translation>
    </message>
    <message>
        <source>%1 holds %2 nodes; the program is for %3 nodes.</source>
        <translation>%1은(는) %2 노드를 쓰지만 사업은 %3 노드용입니다.</translation>
    </message>
    <message>
        <source>%1 is a team of program %2 already.</source>
        <translation>%1은(는) 이미 사업 %2의 팀입니다.</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>팀 이름을 적으십시오.</translation>
    </message>
    <message>
        <source>The program has a team named %1 already; choose another name.</source>
        <translation>사업에 이미 %1이라는 팀이 있습니다. 다른 이름을 고르십시오.</translation>
    </message>
</context>
<context>
    <name>ProgramYear</name>
    <message numerus="yes">
        <source>%1 needs %n more node(s) than its own and those the other teams gave up, and the pool has too few free ones for the new year.</source>
        <translation>
            <numerusform>%1은(는) 자체 노드와 다른 팀이 반납한 노드 외에 %n대가 더 필요하지만, 자원 풀에 다음 연도에 빈 노드가 모자랍니다.</numerusform>
        </translation>
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
        <translation type="vanished">
            <numerusform>%1의 샘플 %n개를 건너뛰었습니다: GPU 자원에 없는 호스트입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) skipped: no GPU index.</source>
        <translation type="vanished">
            <numerusform>샘플 %n개를 건너뛰었습니다: GPU 번호가 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MIG instance sample(s) skipped: only whole GPUs are stored.</source>
        <translation type="vanished">
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
    <message>
        <source>%1 is not a national-project round: the agenda is made for rounds whose type has the stage %2. Choose such a round.</source>
        <translation>%1은(는) 국가 프로젝트 회차가 아닙니다. 장관회의 안건은 유형에 %2 단계가 있는 회차에 대해서만 만듭니다. 그런 회차를 고르십시오.</translation>
    </message>
    <message>
        <source>There is no evaluation result for %1: %2 Choose a yearly round of a program (the Programs area lists them).</source>
        <translation>%1의 연차평가 결과가 없습니다: %2 사업의 연차 회차를 고르십시오(연차평가 영역에 나와 있습니다).</translation>
    </message>
    <message>
        <source>National-project meeting agenda</source>
        <translation>국가 프로젝트 장관회의 안건</translation>
    </message>
    <message>
        <source>Annual evaluation result</source>
        <translation>연차평가 결과</translation>
    </message>
    <message>
        <source>A national-project round&apos;s demands ranked by their pre-review score for the ministers&apos; meeting, what they ask of the pool against its capacity, and the decisions recorded.</source>
        <translation>장관회의에 올릴 국가 프로젝트 회차의 수요를 사전 검토 점수 순으로, 자원 풀 용량 대비 요청량과 기록된 결정과 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>A program round&apos;s teams ranked by their evaluation score, with the nodes they hold now, the rule&apos;s proposal and next year&apos;s shares, and the reasons recorded.</source>
        <translation>사업 회차의 팀을 평가 점수 순으로, 현재 노드, 배분 기준의 기준안, 다음 연도 배정 규모, 기록된 사유와 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>Choose the round the report is about.</source>
        <translation>보고서의 대상 회차를 고르십시오.</translation>
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
        <translation type="vanished">감사 로그를 기록하지 못했습니다: %1</translation>
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
    <name>ReviewerRetention</name>
    <message>
        <source>This is not a reviewer&apos;s own profile; its applications stay.</source>
        <translation>평가위원 본인의 프로필이 아니므로 과제를 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The call is not in this profile.</source>
        <translation>이 프로필에 없는 공모입니다.</translation>
    </message>
    <message>
        <source>The panel of call %1 has not closed; its applications stay.</source>
        <translation>%1 공모의 평가위원회가 아직 종료되지 않아 과제를 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The copies of call %1 could not be removed: %2</source>
        <translation>%1 공모의 사본을 삭제하지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>The review panel of call %1 closed on %2. As the confidentiality pledge requires, the copies of its applications were removed from this computer on %3: %n document(s), the applications&apos; contents and your unsubmitted drafts. Your %4 submitted review(s) are kept, each beside its receipt number.</source>
        <translation>
            <numerusform>%1 공모의 평가위원회가 %2에 종료되었습니다. 보안서약서에 따라 %3에 이 컴퓨터에서 과제 사본을 삭제했습니다: 문서 %n건, 과제 내용, 제출하지 않은 작성 중 평가. 제출한 평가 %4건은 접수 번호와 함께 보관됩니다.</numerusform>
        </translation>
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
    <name>RoundCreation</name>
    <message>
        <source>The new round could not be saved: %1. Nothing was changed.</source>
        <translation>새 회차를 저장하지 못했습니다: %1. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The earlier round no longer exists.</source>
        <translation>이전 회차가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>A call with the code %1 exists already; choose another code.</source>
        <translation>번호가 %1인 공모가 이미 있습니다. 다른 번호를 고르십시오.</translation>
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
    <name>ServerTrust</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form. Ask the server&apos;s administrator for the CA file (ca.pem) made by gpudesk-server init.</source>
        <translation>%1에 PEM 형식의 인증서가 없습니다. 서버 관리자에게 gpudesk-server init이 만든 CA 파일(ca.pem)을 요청하십시오.</translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>Waiting for %1…</source>
        <translation>%1의 응답을 기다리는 중…</translation>
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
    <name>SlurmJobRepository</name>
    <message>
        <source>Cannot read %1: %2. Check the path and that the file is readable.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2. 경로와 파일 읽기 권한을 확인하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: writing %n job(s) to the profile failed (%1). The profile is unchanged; check free disk space and try again.</source>
        <translation>
            <numerusform>아무것도 가져오지 않았습니다: 작업 %n개를 프로필에 쓰지 못했습니다(%1). 프로필은 바뀌지 않았습니다. 디스크 여유 공간을 확인하고 다시 시도하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Slurm jobs could not be read: %1</source>
        <translation>Slurm 작업을 읽지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Account %1: %n job(s) count for no project; no application has it as its Slurm account.</source>
        <translation>
            <numerusform>계정 %1: 작업 %n건이 어느 과제에도 집계되지 않습니다. 이 계정을 Slurm 계정으로 둔 신청서가 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>가져오기를 취소했습니다. 아무것도 기록하지 않았습니다.</translation>
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
        <translation type="vanished">gpudesk: 국가 GPU 배정 사업의 데스크톱 콘솔입니다.
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
    <message>
        <source>gpudesk: the desktop console of the national GPU allocation program.
Verbs: gpudesk generate --help, gpudesk import --help, gpudesk backup --help, gpudesk restore --help.</source>
        <translation>gpudesk: 국가 GPU 배정 사업의 데스크톱 콘솔.
명령: gpudesk generate --help, gpudesk import --help, gpudesk backup --help, gpudesk restore --help.</translation>
    </message>
    <message>
        <source>Importing demo telemetry…</source>
        <translation>데모 텔레메트리를 가져오는 중…</translation>
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
    <message>
        <source>The profile&apos;s indexes could not be rebuilt after an interrupted sync. Nothing was lost; free some disk space and open the profile again.</source>
        <translation>동기화가 중단된 뒤 프로필의 인덱스를 다시 만들지 못했습니다. 잃은 데이터는 없습니다. 디스크 공간을 확보한 뒤 프로필을 다시 여십시오.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sending changes…</source>
        <translation>변경 사항 보내는 중…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>변경 사항 받는 중…</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>동기화됨</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>application</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>person named in an application</source>
        <translation>과제 참여자</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>review</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>review assignment</source>
        <translation>평가 배정</translation>
    </message>
    <message>
        <source>confidentiality pledge</source>
        <translation>비밀유지 서약</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>panel member</source>
        <translation>평가위원단 위원</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>배정 자원</translation>
    </message>
    <message>
        <source>allocation</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>performance check</source>
        <translation>성과 점검</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>정산서</translation>
    </message>
    <message>
        <source>The server cannot be reached now. Your work is kept in this profile and goes out at the next sync.</source>
        <translation>지금은 서버에 연결할 수 없습니다. 작업 내용은 이 프로필에 보관되며 다음 동기화 때 전송됩니다.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Try again later; nothing was lost.</source>
        <translation>서버 연결에 실패했습니다. 나중에 다시 시도하십시오. 잃어버린 내용은 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>서버가 %n초 후에 다시 시도하도록 요청했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server failed to answer. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>서버가 응답하지 못했습니다. 나중에 다시 시도하고, 계속 반복되면 서버 관리자에게 알리십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the certificate authority this profile trusts, so nothing was sent. Check the server address, or set the CA certificate again in the sync settings.</source>
        <translation>서버 인증서가 이 프로필이 신뢰하는 인증 기관(CA)의 서명을 받지 않아 아무것도 보내지 않았습니다. 서버 주소를 확인하거나 동기화 설정에서 CA 인증서를 다시 지정하십시오.</translation>
    </message>
    <message>
        <source>Warning: the server presents a different certificate than the one you trusted (now %1). This can mean someone is intercepting the connection. Nothing was sent. Ask the server&apos;s administrator whether the server was rebuilt before trusting it again.</source>
        <translation>경고: 서버가 신뢰했던 것과 다른 인증서를 제시합니다(현재 %1). 누군가 연결을 가로채고 있을 수 있습니다. 아무것도 보내지 않았습니다. 다시 신뢰하기 전에 서버를 새로 구축했는지 서버 관리자에게 확인하십시오.</translation>
    </message>
    <message>
        <source>The server speaks protocol %1 and this gpudesk speaks %2. Install the gpudesk version that matches the server.</source>
        <translation>서버는 프로토콜 %1, 이 gpudesk는 프로토콜 %2을(를) 사용합니다. 서버에 맞는 gpudesk 버전을 설치하십시오.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>로그인 ID 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Sign in to the server again to sync.</source>
        <translation>서버 세션이 끝났습니다. 동기화하려면 서버에 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>Your role may not do this on the server.</source>
        <translation>현재 역할로는 서버에서 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sync was stopped; it continues where it stopped next time.</source>
        <translation>동기화를 중지했습니다. 다음에 멈춘 곳부터 이어서 진행합니다.</translation>
    </message>
    <message>
        <source>Your role may not change this %1; the change was undone.</source>
        <translation>현재 역할로는 이 %1을(를) 변경할 수 없어 변경을 되돌렸습니다.</translation>
    </message>
    <message>
        <source>You may not change the field %1 of this %2; the change was undone.</source>
        <translation>이 %2의 %1 항목은 변경할 수 없어 변경을 되돌렸습니다.</translation>
    </message>
    <message>
        <source>The server does not know this kind of data (%1). Update gpudesk.</source>
        <translation>서버가 이 종류의 데이터(%1)를 알지 못합니다. gpudesk를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>Undone together with another change made at the same time, which the server refused: %1</source>
        <translation>함께 저장된 다른 변경을 서버가 거부하여 같이 되돌렸습니다: %1</translation>
    </message>
    <message>
        <source>The server refused a change it had recorded for another user.</source>
        <translation>서버가 다른 사용자의 것으로 기록된 변경을 거부했습니다.</translation>
    </message>
    <message>
        <source>This %1 no longer exists on the server, or you may no longer see it.</source>
        <translation>이 %1은(는) 서버에 더 이상 없거나 더 이상 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>The server refused this %1 because it contradicts data there (%2).</source>
        <translation>서버의 데이터와 맞지 않아 서버가 이 %1을(를) 거부했습니다(%2).</translation>
    </message>
    <message>
        <source>This review was already submitted, so it is locked. An officer must reopen it before it can change.</source>
        <translation>이미 제출된 평가라 잠겨 있습니다. 변경하려면 사업 담당자가 먼저 다시 열어야 합니다.</translation>
    </message>
    <message>
        <source>%1 cannot have node %2: it is already allocated to %3 from %4 to %5. Another officer placed it meanwhile; choose other nodes on the rack map.</source>
        <translation>%1에 노드 %2을(를) 배정할 수 없습니다. %4부터 %5까지 이미 %3에 배정되어 있습니다. 그사이 다른 담당자가 배정했으니 랙 배치에서 다른 노드를 고르십시오.</translation>
    </message>
    <message>
        <source>The server refused the allocation of %1: %2</source>
        <translation>서버가 %1의 배정을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Selecting this would commit %1 nodes of pool %2, which has %3. Another officer selected projects from the same pool meanwhile; review the ranking again.</source>
        <translation>이 과제를 선정하면 자원 풀 %2에서 노드 %1대를 약정하게 되지만 이 자원 풀에는 %3대뿐입니다. 그사이 다른 담당자가 같은 자원 풀에서 과제를 선정했으니 순위를 다시 검토하십시오.</translation>
    </message>
    <message>
        <source>The server refused this (%1).</source>
        <translation>서버가 이 변경을 거부했습니다(%1).</translation>
    </message>
    <message>
        <source>This %1 was not saved on the server: you declined the assignment or declared a conflict of interest, so it is no longer yours to review. Ask the program officer if this is a mistake.</source>
        <translation>이 %1은(는) 서버에 저장되지 않았습니다. 배정을 거절했거나 이해충돌을 신고했으므로 더 이상 평가할 수 없습니다. 잘못된 경우 사업 담당자에게 문의하세요.</translation>
    </message>
    <message>
        <source>The server refused this change of accounts: it would leave no active administrator (another administrator changed accounts meanwhile). Synchronise and check the accounts again.</source>
        <translation>서버가 이 계정 변경을 거부했습니다. 활성 시스템 관리자가 한 명도 남지 않게 됩니다(그사이 다른 관리자가 계정을 변경했습니다). 동기화한 뒤 계정을 다시 확인하세요.</translation>
    </message>
    <message>
        <source>You cannot change your own role, disable or delete your own account: ask another administrator to do it.</source>
        <translation>자신의 역할을 바꾸거나 자신의 계정을 비활성화·삭제할 수 없습니다. 다른 시스템 관리자에게 요청하세요.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator on the server: disabling or demoting them would leave nobody to manage the accounts. Make another account an administrator first.</source>
        <translation>%1은(는) 서버에 남은 마지막 활성 관리자입니다. 비활성화하거나 역할을 낮추면 계정을 관리할 사람이 없게 됩니다. 먼저 다른 계정을 관리자로 지정하십시오.</translation>
    </message>
    <message>
        <source>The login %1 is already taken on the server. Choose another login.</source>
        <translation>로그인 %1은(는) 서버에서 이미 사용 중입니다. 다른 로그인을 정하십시오.</translation>
    </message>
    <message>
        <source>The server refused the login: use 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or a digit.</source>
        <translation>서버가 로그인을 거부했습니다. 영문 소문자, 숫자, 마침표, 하이픈, 밑줄로 2~64자를 쓰고, 영문자나 숫자로 시작하십시오.</translation>
    </message>
    <message>
        <source>The server does not know the role %1. Update gpudesk.</source>
        <translation>서버가 역할 %1을(를) 알지 못합니다. gpudesk를 업데이트하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>The server needs a password of at least %n character(s). Choose a longer one.</source>
        <translation>
            <numerusform>서버에는 %n자 이상의 비밀번호가 필요합니다. 더 긴 비밀번호를 정하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>새 비밀번호가 현재 비밀번호와 같습니다. 다른 비밀번호를 정하십시오.</translation>
    </message>
    <message>
        <source>This account no longer exists on the server. Refresh the list.</source>
        <translation>이 계정은 서버에 더 이상 없습니다. 목록을 새로 고치십시오.</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>이 충돌은 이미 해결되었습니다.</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>gpudesk</source>
        <translation>gpudesk</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (빌드: %2)</translation>
    </message>
    <message>
        <source>%1 (profile connection: %2)</source>
        <translation>%1 (프로필 연결: %2)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <source>Profile schema</source>
        <translation>프로필 스키마</translation>
    </message>
    <message>
        <source>%1 (this version writes %2)</source>
        <translation>%1 (이 버전은 %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
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
        <source>Slurm jobs imported</source>
        <translation>Slurm 작업 가져오기 완료</translation>
    </message>
    <message>
        <source>Some lines or accounts need a look: see the details.</source>
        <translation>확인이 필요한 줄이나 계정이 있습니다. 자세한 내용을 보십시오.</translation>
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
    <message numerus="yes">
        <source>%1: %Ln new and %2 changed Slurm job(s) (%3 unchanged), %4 line(s) skipped.</source>
        <translation>
            <numerusform>%1: Slurm 작업 %Ln건 추가, %2건 변경(%3건 변경 없음), %4줄 건너뜀.</numerusform>
        </translation>
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
        <translation type="vanished">데이터베이스 드라이버가 SQLite 접근을 제공하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: writing %n sample(s) to the profile failed (%1). The profile is unchanged; check free disk space and try again.</source>
        <translation>
            <numerusform>아무것도 가져오지 않았습니다: 샘플 %n개를 프로필에 쓰지 못했습니다(%1). 프로필은 바뀌지 않았습니다. 디스크 여유 공간을 확인하고 다시 시도하십시오.</numerusform>
        </translation>
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
        <source>%n sample(s) were already stored with the same values: left as they were.</source>
        <translation>
            <numerusform>샘플 %n개는 같은 값으로 이미 저장되어 있어 그대로 두었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) replaced a different stored reading for the same GPU and time; the figures they touch were rebuilt.</source>
        <translation>
            <numerusform>샘플 %n개가 같은 GPU와 시각에 저장된 다른 측정값을 대체했습니다. 관련 집계는 다시 만들었습니다.</numerusform>
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
    <name>ToolActions</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>TrackDecisions</name>
    <message>
        <source>The decision could not be saved: %1. Nothing was changed.</source>
        <translation>결정을 저장하지 못했습니다: %1. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>UsageHistory</name>
    <message>
        <source>The profile already has usage figures; history is generated into a profile without any.</source>
        <translation>프로필에 이미 사용량 집계가 있습니다. 사용 이력은 집계가 없는 프로필에만 생성합니다.</translation>
    </message>
</context>
<context>
    <name>UsageMaintenance</name>
    <message>
        <source>The usage figures could not be rebuilt: %1. Nothing was changed.</source>
        <translation>사용량 집계를 다시 만들지 못했습니다: %1. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Old usage figures could not be removed: %1. Nothing was changed.</source>
        <translation>오래된 사용량 집계를 지우지 못했습니다: %1. 아무것도 바뀌지 않았습니다.</translation>
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
    <name>UsageRepository</name>
    <message>
        <source>The usage figures could not be read: %1</source>
        <translation>사용량 집계를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 does not name a GPU: expected NODE:INDEX.</source>
        <translation>%1은(는) GPU를 가리키지 않습니다: NODE:INDEX 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>The allocations could not be read: %1</source>
        <translation>배정 정보를 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>UsageScopeMap</name>
    <message>
        <source>The allocations could not be read: %1</source>
        <translation>배정 정보를 읽지 못했습니다: %1</translation>
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
    <name>UserAdminRepository</name>
    <message>
        <source>The user no longer exists; reload the list.</source>
        <translation>사용자가 더 이상 없습니다. 목록을 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>Nobody is signed in as a user of this profile.</source>
        <translation>이 프로필의 사용자로 로그인한 사람이 없습니다.</translation>
    </message>
    <message>
        <source>The current password is not right; nothing was changed.</source>
        <translation>현재 비밀번호가 맞지 않습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>The new password is the current one; choose another.</source>
        <translation>새 비밀번호가 현재 비밀번호와 같습니다. 다른 비밀번호를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="vanished">비밀번호는 8자 이상이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::AboutDialog</name>
    <message>
        <source>About gpudesk</source>
        <translation>gpudesk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;gpudesk %1&lt;/h3&gt;&lt;p&gt;The desktop console of the national advanced-GPU allocation program.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;gpudesk %1&lt;/h3&gt;&lt;p&gt;국가 첨단 GPU 배정 사업의 데스크톱 콘솔입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>GNU 일반 공중 사용 허가서 3판 이상의 조건으로 배포됩니다.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>버전 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics bundle…</source>
        <translation>진단 묶음 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>Versions, settings and logs for support; never passwords, tokens or application contents</source>
        <translation>지원용 버전, 설정, 로그. 비밀번호, 토큰, 과제 내용은 절대 담지 않습니다</translation>
    </message>
    <message>
        <source>Save diagnostics bundle</source>
        <translation>진단 묶음 저장</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 압축 파일 (*.zip)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. It holds versions, settings and logs, and no password, token or application contents.</source>
        <translation>진단 묶음을 %1에 저장했습니다. 버전, 설정, 로그가 들어 있으며 비밀번호, 토큰, 과제 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Collecting versions, settings and logs…</source>
        <translation>버전, 설정, 로그를 모으는 중…</translation>
    </message>
</context>
<context>
    <name>gpudesk::AdministrationArea</name>
    <message>
        <source>&amp;Calls</source>
        <translation>공모(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>장비(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Pools</source>
        <translation>자원 풀(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>사용자(&amp;U)</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>감사 기록(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>백업(&amp;B)</translation>
    </message>
</context>
<context>
    <name>gpudesk::AgendaTableModel</name>
    <message>
        <source>%1 (%2 GPUs)</source>
        <extracomment>Nodes and their GPUs, e.g. &quot;16 (128 GPUs)&quot;</extracomment>
        <translation>%1 (GPU %2장)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Submitted reviews of the required number, e.g. &quot;2/3&quot;</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Too few reviews</source>
        <translation>평가 부족</translation>
    </message>
    <message>
        <source>For the meeting</source>
        <translation>회의 상정</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Column: nodes the meeting approved</extracomment>
        <translation>의결</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>미의결</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>An approved period: first day to last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Column: nodes a demand asks for</extracomment>
        <translation>요청</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>Column: the experts&apos; pre-review score</extracomment>
        <translation>점수</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Decision</source>
        <extracomment>Column: the meeting&apos;s decision on a demand</extracomment>
        <translation>결정</translation>
    </message>
    <message>
        <source>Approved period</source>
        <translation>의결 기간</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의일</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>의결 번호</translation>
    </message>
    <message>
        <source>On the map</source>
        <extracomment>Column: nodes the approved project holds on the rack map</extracomment>
        <translation>배치 노드</translation>
    </message>
    <message>
        <source>Proposed by %1: %2</source>
        <translation>%1 제안: %2</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>Column: the officer&apos;s proposed decision on a demand, before the meeting</extracomment>
        <translation>결정 제안</translation>
    </message>
</context>
<context>
    <name>gpudesk::AgendaView</name>
    <message>
        <source>Export the agenda</source>
        <translation>안건 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>N&amp;ormalise reviewer scores</source>
        <translation>평가위원 점수 표준화(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Record decision…</source>
        <translation>결정 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport agenda…</source>
        <translation>안건 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Show on the rack &amp;map</source>
        <translation>랙 배치에서 보기(&amp;M)</translation>
    </message>
    <message>
        <source>Pool %1 (%2): %3 nodes (%4 GPUs); %5 committed, %6 left. This round: %7 approved, %8 still asked for.</source>
        <translation>자원 풀 %1(%2): %3노드(GPU %4장), 약정 %5, 잔여 %6. 이번 회차: 의결 %7노드, 미결 요청 %8노드.</translation>
    </message>
    <message>
        <source>The demands still open ask for %1 more nodes than are left.</source>
        <translation>미결 수요가 남은 노드보다 %1노드 더 요청합니다.</translation>
    </message>
    <message>
        <source>Decisions are recorded at the stage %1; the round is at %2.</source>
        <translation>결정은 %1 단계에서 기록합니다. 회차는 지금 %2 단계입니다.</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>결정 기록</translation>
    </message>
    <message>
        <source>The decision was not recorded. %1</source>
        <translation>결정을 기록하지 않았습니다. %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4).</source>
        <translation>%1: %2 (%3, %4).</translation>
    </message>
    <message>
        <source>agenda-%1.csv</source>
        <translation>안건-%1.csv</translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>안건 내보내기</translation>
    </message>
    <message>
        <source>The agenda could not be written to %1: %2</source>
        <translation>안건을 %1에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Agenda saved to %1.</source>
        <translation>안건을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>&amp;Propose decision…</source>
        <translation>결정 제안(&amp;P)…</translation>
    </message>
    <message>
        <source>Propose decision</source>
        <translation>결정 제안</translation>
    </message>
    <message>
        <source>The proposal was not saved. %1</source>
        <translation>제안을 저장하지 않았습니다. %1</translation>
    </message>
    <message>
        <source>%1: proposed to the meeting: %2.</source>
        <translation>%1: 회의에 제안했습니다: %2.</translation>
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
    <name>gpudesk::AuditHistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>%1 %2의 이력</translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>(세부 내용 없음)</translation>
    </message>
</context>
<context>
    <name>gpudesk::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>The audited record&apos;s own name: receipt number, call code, host name, login</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>gpudesk::AuditPage</name>
    <message>
        <source>&amp;From</source>
        <translation>시작일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>종료일(&amp;O)</translation>
    </message>
    <message>
        <source>Find in details</source>
        <translation>내용에서 찾기</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>초기화(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;History of this record…</source>
        <translation>이 대상의 이력(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <source>All users</source>
        <translation>모든 사용자</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>모든 대상</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4 %5 (%6)

</source>
        <translation>%1 · %2 · %3
%4 %5 (%6)

</translation>
    </message>
    <message>
        <source>audit-trail-%1.csv</source>
        <translation>감사기록-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>감사 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) exported to %1.</source>
        <translation>
            <numerusform>감사 기록 %n건을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::BackupPage</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Copies this profile as it is this moment, while you keep working; the copy is checked before it is kept.</source>
        <translation>작업을 계속하는 동안 지금 이 순간의 프로필을 복사합니다. 사본은 검사한 뒤 보관합니다.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation>예약 백업</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation>개</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>예약 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>백업 주기(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>저장 폴더(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>최신 백업 보관(&amp;K):</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>폴더에 있는 백업</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore &amp;from a file…</source>
        <translation>파일에서 복원(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>백업 폴더</translation>
    </message>
    <message>
        <source>Last scheduled backup %1: %2.</source>
        <translation>마지막 예약 백업 %1: %2.</translation>
    </message>
    <message>
        <source>No scheduled backup yet.</source>
        <translation>아직 예약 백업이 없습니다.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>마지막 시도가 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Backups run while gpudesk is open, on a worker thread.</source>
        <translation>백업은 gpudesk가 열려 있는 동안 작업 스레드에서 실행됩니다.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder on a local disk you can write to.</source>
        <translation>%1 폴더를 만들 수 없습니다. 쓸 수 있는 로컬 디스크의 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>Backups scheduled: %1, keeping the newest %2.</source>
        <translation>백업을 예약했습니다: %1, 최신 %2개 보관.</translation>
    </message>
    <message>
        <source>Scheduled backups are off.</source>
        <translation>예약 백업을 껐습니다.</translation>
    </message>
    <message>
        <source>Back up the profile</source>
        <translation>프로필 백업</translation>
    </message>
    <message>
        <source>gpudesk backups (*.sqlite)</source>
        <translation>gpudesk 백업 (*.sqlite)</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>%1 복사 중…</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>백업하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2, integrity checked).</source>
        <translation>백업을 %1에 저장했습니다(%2, 무결성 검사 완료).</translation>
    </message>
    <message>
        <source>Reading the backup</source>
        <translation>백업 읽기</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 검사 중…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Restoring into %1…</source>
        <translation>%1(으)로 복원 중…</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>복원하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The backup was restored into %1.</source>
        <translation>백업을 %1(으)로 복원했습니다.</translation>
    </message>
    <message>
        <source>The profile it replaced is kept as %1.</source>
        <translation>교체된 프로필은 %1(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>Open the restored profile in a new window?</source>
        <translation>복원한 프로필을 새 창에서 여시겠습니까?</translation>
    </message>
    <message>
        <source>gpudesk backups and profiles (*.sqlite);;All files (*)</source>
        <translation>gpudesk 백업 및 프로필 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>백업 삭제</translation>
    </message>
    <message>
        <source>Delete the backup %1? It cannot be restored afterwards.</source>
        <translation>백업 %1을(를) 삭제하시겠습니까? 삭제하면 이 백업으로는 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 could not be deleted; check its permissions.</source>
        <translation>%1을(를) 삭제하지 못했습니다. 권한을 확인하십시오.</translation>
    </message>
    <message>
        <source>Backup %1 deleted.</source>
        <translation>백업 %1을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::BackupScheduler</name>
    <message>
        <source>Scheduled backup saved to %1.</source>
        <translation>예약 백업을 %1에 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) deleted.</source>
        <translation>
            <numerusform>이전 백업 %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1 It is tried again in half an hour.</source>
        <translation>예약 백업이 실패했습니다: %1 30분 뒤에 다시 시도합니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::CallEditorDialog</name>
    <message>
        <source>New call</source>
        <translation>새 공모</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>공모 %1</translation>
    </message>
    <message>
        <source>&amp;Call and window</source>
        <translation>공모와 기간(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accelerators and cost share</source>
        <translation>가속기와 자부담(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>평가 기준(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;view and usage</source>
        <translation>평가와 사용률(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) of this call were already screened under its rules. Saving a change asks for a reason and records it.</source>
        <translation>
            <numerusform>이 공모의 과제 %n건이 이미 현재 규칙으로 요건 검토를 거쳤습니다. 변경을 저장할 때 사유를 묻고 함께 기록합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 2026-R1</source>
        <translation>예: 2026-R1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Reviews &amp;due by:</source>
        <translation>평가 마감(&amp;D):</translation>
    </message>
    <message>
        <source>Allocation &amp;from:</source>
        <translation>배정 시작(&amp;F):</translation>
    </message>
    <message>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>The confidentiality pledge reviewers accept before they open the call&apos;s applications.</source>
        <translation>평가위원이 공모의 과제를 열기 전에 동의하는 보안서약서 문구.</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>코드(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Title (Korean):</source>
        <translation>제목(한글)(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation>영문 제목(&amp;E):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>유형(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>단계(&amp;S):</translation>
    </message>
    <message>
        <source>Application &amp;window:</source>
        <translation>접수 기간(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Longest project:</source>
        <translation>최대 사용 기간(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Pledge text:</source>
        <translation>보안서약서(&amp;P):</translation>
    </message>
    <message>
        <source>Youth-founded companies pay this much less of their share.</source>
        <translation>청년 기업은 자부담에서 이만큼 덜 냅니다.</translation>
    </message>
    <message>
        <source>Youth-founded &amp;discount:</source>
        <translation>청년 기업 감면(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;VAT on statements:</source>
        <translation>정산서 부가가치세(&amp;V):</translation>
    </message>
    <message>
        <source>Accelerator types offered, with the cap per project and the market price:</source>
        <translation>제공하는 가속기 종류와 과제당 상한, 시장 가격:</translation>
    </message>
    <message>
        <source>Who may apply, and the share of the market price each pays:</source>
        <translation>신청할 수 있는 기관과 시장 가격 중 각자 부담하는 비율:</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>&amp;Reviewers per application:</source>
        <translation>과제당 평가위원(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Waitlist per accelerator type:</source>
        <translation>가속기 종류별 예비 과제(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Idle below mean utilisation of:</source>
        <translation>유휴 기준 평균 사용률(&amp;I):</translation>
    </message>
    <message>
        <source>Idle &amp;for:</source>
        <translation>유휴 판정 기간(&amp;F):</translation>
    </message>
    <message>
        <source>An allocation whose mean GPU utilisation stays below the threshold for the period is listed for a performance check.</source>
        <translation>기간 동안 평균 GPU 사용률이 기준 아래인 배정은 성과 점검 대상으로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::CallOffersTable</name>
    <message>
        <source>Offered</source>
        <translation>제공</translation>
    </message>
    <message>
        <source>Cap per project (nodes)</source>
        <translation>과제당 상한(노드)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>GPU 시간당 가격</translation>
    </message>
    <message>
        <source>Pool drawn on</source>
        <translation>사용 자원 풀</translation>
    </message>
    <message>
        <source> nodes</source>
        <translation> 노드</translation>
    </message>
    <message>
        <source>The market price of one %1 GPU for one hour, in won; statements multiply by it.</source>
        <translation>%1 GPU 1개를 1시간 쓰는 시장 가격(원). 정산서는 이 값을 곱해 계산합니다.</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(지정 안 함)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (%n node(s))</source>
        <translation>
            <numerusform>%1 · %2 (노드 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GPU</source>
        <translation>GPU %1개</translation>
    </message>
</context>
<context>
    <name>gpudesk::CallStageBar</name>
    <message>
        <source>Go back</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Entries come in now: enter them or import them below. When all are in, go to the next stage.</source>
        <translation>지금은 접수 단계입니다. 아래에서 입력하거나 가져오십시오. 모두 들어오면 다음 단계로 넘기십시오.</translation>
    </message>
    <message>
        <source>Screen the entries against the call&apos;s rules in the Applications area.</source>
        <translation>과제 영역에서 공모 규칙에 따라 요건 검토를 하십시오.</translation>
    </message>
    <message>
        <source>Assign reviewers, follow their progress and see the scores in the Review area; the reviewers score offline in My reviews.</source>
        <translation>평가 영역에서 평가위원을 배정하고 진행과 점수를 확인하십시오. 평가위원은 내 평가에서 오프라인으로 채점합니다.</translation>
    </message>
    <message>
        <source>Rank and select in the Review area.</source>
        <translation>평가 영역에서 순위를 매기고 선정하십시오.</translation>
    </message>
    <message>
        <source>Export the agenda for the meeting and record its decision on each demand below.</source>
        <translation>회의 안건을 내보내고 아래에서 수요마다 회의 결정을 기록하십시오.</translation>
    </message>
    <message>
        <source>Decide next year&apos;s shares below: the rule proposes, you adjust with a reason.</source>
        <translation>아래에서 다음 연도 지원 규모를 결정하십시오. 규칙이 제안하고, 조정할 때는 사유를 적습니다.</translation>
    </message>
    <message>
        <source>The decided projects wait in the rack map&apos;s list for their nodes.</source>
        <translation>결정된 사업은 랙 배치의 배정 대기 목록에서 노드를 기다립니다.</translation>
    </message>
    <message>
        <source>Nothing more happens in this call.</source>
        <translation>이 공모는 더 진행할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Stages:</source>
        <extracomment>Before the chain of a call&apos;s stages, e.g. &quot;Stages: Demand survey → Pre-review → …&quot;</extracomment>
        <translation>단계:</translation>
    </message>
    <message>
        <source>Ne&amp;xt: %1…</source>
        <translation>다음: %1(&amp;X)…</translation>
    </message>
    <message>
        <source>Move the call to the stage %1.</source>
        <translation>공모를 %1 단계로 옮깁니다.</translation>
    </message>
    <message>
        <source>&amp;Back to %1…</source>
        <translation>%1(으)로 되돌리기(&amp;B)…</translation>
    </message>
    <message>
        <source>Open in the &amp;Review area</source>
        <translation>평가 영역에서 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Open the rack &amp;map</source>
        <translation>랙 배치 열기(&amp;M)</translation>
    </message>
    <message>
        <source>Stage of %1</source>
        <translation>%1 단계</translation>
    </message>
    <message>
        <source>Going back from %1 to %2 reopens work that was thought done. Why?</source>
        <translation>%1에서 %2(으)로 되돌리면 끝난 것으로 본 일을 다시 엽니다. 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3?</source>
        <translation>%1을(를) %2에서 %3(으)로 옮기시겠습니까?</translation>
    </message>
    <message>
        <source>Going back later needs a reason.</source>
        <translation>나중에 되돌리려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is now at the stage %2.</source>
        <translation>%1이(가) 이제 %2 단계입니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::CallsPage</name>
    <message>
        <source>&amp;New call…</source>
        <translation>새 공모(&amp;N)…</translation>
    </message>
    <message>
        <source>Co&amp;py…</source>
        <translation>복사(&amp;P)…</translation>
    </message>
    <message>
        <source>A new call with the selected call&apos;s rules, to adjust</source>
        <translation>선택한 공모의 규칙으로 새 공모를 만들어 고칩니다</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Close &amp;review panel…</source>
        <translation>평가위원회 종료(&amp;R)…</translation>
    </message>
    <message>
        <source>Record that the call&apos;s review is over: reviewers&apos; computers then remove their copies of its applications</source>
        <translation>공모의 평가가 끝났음을 기록합니다. 평가위원 컴퓨터에서 과제 사본이 삭제됩니다</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Application window</source>
        <translation>접수 기간</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Caps (nodes)</source>
        <translation>상한(노드)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation>평가위원회</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>제공 없음</translation>
    </message>
    <message>
        <source>%1 (%2 screened)</source>
        <translation>%1 (요건 검토 %2)</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 종료</translation>
    </message>
    <message>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Call %1: nothing changed.</source>
        <translation>공모 %1: 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>Change a screened call</source>
        <translation>요건 검토를 거친 공모 변경</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) of call %1 were already screened under its rules. These changes will be recorded with your reason:</source>
        <translation>
            <numerusform>%1 공모의 과제 %n건이 이미 현재 규칙으로 요건 검토를 거쳤습니다. 다음 변경 내용을 사유와 함께 기록합니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>변경 저장</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>공모를 저장하지 않음</translation>
    </message>
    <message>
        <source>Call %1 created.</source>
        <translation>공모 %1을(를) 만들었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Call %1 saved: %n change(s) recorded.</source>
        <translation>
            <numerusform>공모 %1을(를) 저장했습니다: 변경 %n건 기록.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the review panel</source>
        <translation>평가위원회 종료</translation>
    </message>
    <message>
        <source>Close the review panel of call %1?

Reviewers can no longer open or change its reviews, and when their computers next sync they remove their copies of its applications and documents, keeping only their submitted reviews. This cannot be undone.</source>
        <translation>%1 공모의 평가위원회를 종료하시겠습니까?

평가위원은 더 이상 평가를 열거나 고칠 수 없고, 다음 동기화 때 평가위원 컴퓨터에서 과제와 문서의 사본이 삭제되며 제출한 평가만 남습니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The review panel of call %1 is closed.</source>
        <translation>%1 공모의 평가위원회를 종료했습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>동기화 충돌</translation>
    </message>
    <message>
        <source>You and someone else changed the same fields while apart. The server kept theirs; choose for each field what it should be, or edit the result to merge both.</source>
        <translation>연결이 끊긴 동안 다른 사람과 같은 항목을 변경했습니다. 서버는 상대방의 값을 유지했습니다. 항목마다 어느 값으로 할지 고르거나, 결과를 직접 편집해 두 값을 합치십시오.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>서버 값</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation>내 값 사용(&amp;M)</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation>서버 값 사용(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>해결(&amp;R)</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>해결할 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>충돌을 해결하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Resolved: the server&apos;s values stay.</source>
        <translation>해결됨: 서버 값을 유지합니다.</translation>
    </message>
    <message>
        <source>Resolved: your values go out at the next sync.</source>
        <translation>해결됨: 내 값은 다음 동기화 때 전송됩니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::DecisionDialog</name>
    <message>
        <source>Decision of the ministers&apos; meeting</source>
        <translation>과학기술관계장관회의 결정</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Asks for %1 nodes (%2 GPUs) of %3 from %4 for %n month(s).</source>
        <translation>
            <numerusform>%3 %1노드(GPU %2장)를 %4부터 %n개월 요청.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-review score %1 (%2 of %3 reviews).</source>
        <translation>사전 검토 점수 %1점(평가 %3건 중 %2건).</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>의결(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Defer to a later meeting</source>
        <translation>다음 회의로 보류(&amp;D)</translation>
    </message>
    <message>
        <source>Do &amp;not approve</source>
        <translation>미의결(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 제21회 과학기술관계장관회의 안건 제2호</source>
        <translation>예: 제21회 과학기술관계장관회의 안건 제2호</translation>
    </message>
    <message>
        <source>Approved &amp;nodes:</source>
        <translation>의결 노드(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>첫날(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>기간(개월)(&amp;M):</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>회의일(&amp;D):</translation>
    </message>
    <message>
        <source>Decision &amp;reference:</source>
        <translation>의결 번호(&amp;R):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>비고(&amp;O):</translation>
    </message>
    <message>
        <source>The decision goes into the demand&apos;s history with its date, reference and your note; an approved demand then waits on the rack map for nodes of the round&apos;s pool.</source>
        <translation>결정은 날짜, 의결 번호, 비고와 함께 수요의 이력에 남습니다. 의결된 수요는 랙 배치에서 회차 자원 풀의 노드를 기다립니다.</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>결정 기록</translation>
    </message>
    <message>
        <source>Proposed decision for the ministers&apos; meeting</source>
        <translation>과학기술관계장관회의 결정 제안</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>What the pre-review found, e.g. ranked 2nd with 84.5; the pool cannot give all it asks for.</source>
        <translation>사전 검토 결과. 예: 84.5점으로 2위, 자원 풀이 요청 전부를 줄 수 없음.</translation>
    </message>
    <message>
        <source>Proposed &amp;nodes:</source>
        <translation>제안 노드(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>The proposal is shown on the agenda and in its PDF for the meeting; it changes nothing about the demand. The meeting&apos;s decision is recorded separately afterwards.</source>
        <translation>제안은 회의용 안건과 안건 PDF에 표시되며 수요 자체는 바꾸지 않습니다. 회의의 결정은 회의 후 따로 기록합니다.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>제안</translation>
    </message>
</context>
<context>
    <name>gpudesk::DemandDialog</name>
    <message>
        <source>Edit demand %1</source>
        <translation>수요 %1 고치기</translation>
    </message>
    <message>
        <source>New demand</source>
        <translation>새 수요</translation>
    </message>
    <message>
        <source>Choose the ministry, or type the name of one that is not listed yet: it is added as a public agency.</source>
        <translation>부처를 고르거나, 목록에 없는 부처는 이름을 입력하십시오. 공공기관으로 추가됩니다.</translation>
    </message>
    <message>
        <source>The ministry&apos;s own order of its demands: 1 is the most urgent.</source>
        <translation>부처가 정한 수요의 순서입니다. 1이 가장 시급합니다.</translation>
    </message>
    <message>
        <source>&amp;Ministry:</source>
        <translation>부처(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>사업명(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>목적(&amp;U):</translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation>가속기 종류(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>노드 수(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작일(&amp;S):</translation>
    </message>
    <message>
        <source>M&amp;onths:</source>
        <translation>기간(개월)(&amp;O):</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>우선순위(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>담당자(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>Tele&amp;phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Add demand</source>
        <translation>수요 추가</translation>
    </message>
    <message>
        <source>= %1 GPUs</source>
        <translation>= GPU %1장</translation>
    </message>
    <message>
        <source>%1 is not in the list yet; it is added as a public agency.</source>
        <translation>%1은(는) 아직 목록에 없습니다. 공공기관으로 추가됩니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::DemandImportDialog</name>
    <message>
        <source>Import a survey sheet</source>
        <translation>수요조사표 가져오기</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>아직 파일을 고르지 않았습니다.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>파일 고르기(&amp;C)…</translation>
    </message>
    <message>
        <source>A CSV file saved from the ministry&apos;s spreadsheet (UTF-8), with a header line. The columns, in English or Korean: %1 (%2).</source>
        <translation>부처의 스프레드시트를 머리글 행이 있는 CSV(UTF-8)로 저장한 파일. 열 이름(영어 또는 한국어): %1 (%2).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업명</translation>
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
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a survey sheet</source>
        <translation>수요조사표 고르기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>A new ministry: it is added as a public agency.</source>
        <translation>새 부처: 공공기관으로 추가됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the sheet&apos;s rows have problems, listed on each row. Nothing is imported until the sheet is corrected and chosen again.</source>
        <translation>
            <numerusform>조사표의 %n개 행에 문제가 있으며 각 행에 적혀 있습니다. 조사표를 고쳐 다시 고를 때까지 아무것도 가져오지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>수요 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ministry(ies)</source>
        <translation>
            <numerusform>부처 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nodes in all.</source>
        <translation>모두 %1노드.</translation>
    </message>
    <message>
        <source>New ministries, added as public agencies: %1.</source>
        <translation>공공기관으로 추가되는 새 부처: %1.</translation>
    </message>
    <message>
        <source>Nothing has been imported yet: press Import.</source>
        <translation>아직 가져오지 않았습니다. 가져오기를 누르십시오.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>아무것도 가져오지 않았습니다. %1</translation>
    </message>
</context>
<context>
    <name>gpudesk::DemandTableModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Column: a demand&apos;s receipt number</extracomment>
        <translation>번호</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column: the ministry&apos;s own order of urgency, 1 = most urgent</extracomment>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: accelerator type (B200, H200)</extracomment>
        <translation>종류</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>gpudesk::DemandsView</name>
    <message>
        <source>Withdraw</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>&amp;Add demand…</source>
        <translation>수요 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>고치기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import survey sheet…</source>
        <translation>수요조사표 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>철회(&amp;W)…</translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>수요 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ministry(ies)</source>
        <translation>
            <numerusform>부처 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nodes (%2 GPUs) asked for.</source>
        <translation>요청 %1노드(GPU %2장).</translation>
    </message>
    <message>
        <source>The round is past its survey (%1): demands can no longer be entered or edited.</source>
        <translation>회차가 수요조사를 지났습니다(%1). 수요를 더 입력하거나 고칠 수 없습니다.</translation>
    </message>
    <message>
        <source>New demand</source>
        <translation>새 수요</translation>
    </message>
    <message>
        <source>The demand was not added. %1</source>
        <translation>수요를 추가하지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Demand added: %1, %2.</source>
        <translation>수요 추가: %1, %2.</translation>
    </message>
    <message>
        <source>Edit demand</source>
        <translation>수요 고치기</translation>
    </message>
    <message>
        <source>The demand was not changed. %1</source>
        <translation>수요를 바꾸지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Demand %1 saved.</source>
        <translation>수요 %1을(를) 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s) imported.</source>
        <translation>
            <numerusform>수요 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw demand</source>
        <translation>수요 철회</translation>
    </message>
    <message>
        <source>Withdraw %1 (%2, %3)? It stays on record as withdrawn. Why?</source>
        <translation>%1(%2, %3)을(를) 철회하시겠습니까? 철회 상태로 기록에 남습니다. 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>%1 withdrawn.</source>
        <translation>%1을(를) 철회했습니다.</translation>
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
    <name>gpudesk::GeneratedPasswordDialog</name>
    <message>
        <source>New password of %1</source>
        <translation>%1의 새 비밀번호</translation>
    </message>
    <message>
        <source>The server made this password for %1. It is shown only now: the server keeps only a hash of it.</source>
        <translation>서버가 %1의 비밀번호를 만들었습니다. 지금 한 번만 표시됩니다. 서버에는 해시만 보관됩니다.</translation>
    </message>
    <message>
        <source>Give it to %1 in person or by telephone, never by e-mail, and ask them to change it after signing in (File &gt; Change my password on the server).</source>
        <translation>이메일이 아니라 직접 또는 전화로 %1에게 전달하고, 로그인한 뒤 바꾸도록 안내하십시오(파일 &gt; 서버의 내 비밀번호 변경).</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
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
    <name>gpudesk::InventoryItemDialog</name>
    <message>
        <source>Open call (industry, academia, research)</source>
        <translation>공모(산업계·학계·연구계)</translation>
    </message>
    <message>
        <source>National projects</source>
        <translation>국가 프로젝트</translation>
    </message>
    <message>
        <source>Provider&apos;s own share</source>
        <translation>운영사 자체 몫</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>운영사</translation>
    </message>
    <message>
        <source>e.g. naver</source>
        <translation>예: naver</translation>
    </message>
    <message>
        <source>Operations desk: telephone, e-mail</source>
        <translation>운영 창구: 전화, 이메일</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>코드(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>영문 이름(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>연락처(&amp;C):</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>센터</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>운영사(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>시간대(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Row of racks</source>
        <translation>랙 열</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>센터(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Accelerator type:</source>
        <translation>가속기 종류(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Order in the site:</source>
        <translation>센터 내 순서(&amp;O):</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source> U</source>
        <translation> U</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>클러스터(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>열(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Position in the row:</source>
        <translation>열 안의 위치(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>자원 풀</translation>
    </message>
    <message>
        <source>e.g. open-b200</source>
        <translation>예: open-b200</translation>
    </message>
    <message>
        <source>(any type)</source>
        <translation>(모든 종류)</translation>
    </message>
    <message>
        <source> nodes</source>
        <translation> 노드</translation>
    </message>
    <message>
        <source>How many nodes selection may give out of this pool</source>
        <translation>선정 때 이 자원 풀에서 내줄 수 있는 노드 수</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>구분(&amp;K):</translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation>가속기 종류(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>용량(&amp;C):</translation>
    </message>
</context>
<context>
    <name>gpudesk::InventoryPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Provider…</source>
        <translation>운영사(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Site…</source>
        <translation>센터(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cluster…</source>
        <translation>클러스터(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Row…</source>
        <translation>열(&amp;R)…</translation>
    </message>
    <message>
        <source>R&amp;ack…</source>
        <translation>랙(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Node…</source>
        <translation>노드(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>퇴역(&amp;R)…</translation>
    </message>
    <message>
        <source>Node &amp;state…</source>
        <translation>노드 상태(&amp;S)…</translation>
    </message>
    <message>
        <source>Maintenance, failed, reserved or back in service, with a reason</source>
        <translation>점검, 고장, 예약 또는 서비스 복귀(사유와 함께)</translation>
    </message>
    <message>
        <source>&amp;Move to pool…</source>
        <translation>자원 풀 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import node list…</source>
        <translation>노드 목록 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>장비</translation>
    </message>
    <message>
        <source>Find a host name</source>
        <translation>호스트 이름 찾기</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>센터</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>위치</translation>
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
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n rack(s)</source>
        <translation>
            <numerusform>%1 · %2 · 랙 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · row %2 · %n node(s)</source>
        <translation>
            <numerusform>%1 · %2열 · 노드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 · %n rack(s)</source>
        <translation>
            <numerusform>%1열 · 랙 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>노드 %2개 중 %1개</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>운영사</translation>
    </message>
    <message>
        <source>site</source>
        <translation>센터</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>row</source>
        <translation>열</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>자원 풀</translation>
    </message>
    <message>
        <source>Node not added</source>
        <translation>노드를 추가하지 않음</translation>
    </message>
    <message>
        <source>Node %1 added.</source>
        <translation>노드 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>추가하지 않음</translation>
    </message>
    <message>
        <source>The %1 %2 was added.</source>
        <translation>%1 %2을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 않음</translation>
    </message>
    <message>
        <source>The %1 was saved.</source>
        <translation>%1 정보를 저장했습니다.</translation>
    </message>
    <message>
        <source>Node not saved</source>
        <translation>노드를 저장하지 않음</translation>
    </message>
    <message>
        <source>Node %1 saved.</source>
        <translation>노드 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Retire nodes</source>
        <translation>노드 퇴역</translation>
    </message>
    <message>
        <source>These nodes cannot be retired yet:</source>
        <translation>이 노드는 아직 퇴역시킬 수 없습니다:</translation>
    </message>
    <message numerus="yes">
        <source>Retire %n node(s)? They leave the fleet and the rack map; their records and past allocations stay, and their GPUs may be fitted to another node. Why are they retired?</source>
        <translation>
            <numerusform>노드 %n개를 퇴역시키시겠습니까? 장비 목록과 랙 배치에서 빠지지만 기록과 지난 배정은 남고, GPU는 다른 노드에 장착할 수 있습니다. 퇴역 사유는 무엇입니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>퇴역</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) retired.</source>
        <translation>
            <numerusform>노드 %n개를 퇴역시켰습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire the %1 &quot;%2&quot;? It leaves the inventory; its record stays in the audit trail.</source>
        <translation>%1 &quot;%2&quot;을(를) 퇴역시키시겠습니까? 장비 목록에서 빠지며 기록은 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was retired.</source>
        <translation>%1 &quot;%2&quot;을(를) 퇴역시켰습니다.</translation>
    </message>
    <message>
        <source>Node state</source>
        <translation>노드 상태</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) back in service.</source>
        <translation>
            <numerusform>노드 %n개가 서비스에 복귀했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) set to %1.</source>
        <translation>
            <numerusform>노드 %n개를 %1 상태로 바꿨습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to pool</source>
        <translation>자원 풀 이동</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) moved to %1.</source>
        <translation>
            <numerusform>노드 %n개를 %1(으)로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>no pool</source>
        <translation>자원 풀 없음</translation>
    </message>
</context>
<context>
    <name>gpudesk::IssueList</name>
    <message>
        <source>Double-click a line to go to its field</source>
        <translation>줄을 두 번 누르면 해당 항목으로 갑니다</translation>
    </message>
    <message>
        <source>Nothing to correct.</source>
        <translation>고칠 것이 없습니다.</translation>
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
        <translation type="vanished">오프라인 · 로컬 프로필</translation>
    </message>
    <message>
        <source>No sync server is configured; everything is kept in this profile.</source>
        <translation type="vanished">동기화 서버가 설정되지 않았습니다. 모든 데이터는 이 프로필에만 저장됩니다.</translation>
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
        <translation type="vanished">gpudesk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;gpudesk %1&lt;/h3&gt;&lt;p&gt;The desktop console of the national advanced-GPU allocation program.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · profile schema %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;gpudesk %1&lt;/h3&gt;&lt;p&gt;국가 첨단 GPU 배정 사업의 데스크톱 콘솔입니다.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · 프로필 스키마 %4&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서(GPL) 버전 3 또는 그 이후 버전에 따라 배포됩니다.&lt;/p&gt;</translation>
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
        <source>Administration</source>
        <translation>시스템 관리</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>내 비밀번호 변경(&amp;W)…</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics bundle…</source>
        <translation>진단 묶음 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>내 비밀번호 변경</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>비밀번호를 바꿨습니다.</translation>
    </message>
    <message>
        <source>National projects</source>
        <translation>국가 프로젝트</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>연차평가</translation>
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
    <message>
        <source>%1 (%2)</source>
        <extracomment>The left bar&apos;s tooltip: an area&apos;s name and its shortcut, &quot;Billing (Ctrl+6)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>gpudesk::MovePoolDialog</name>
    <message>
        <source>Move to pool</source>
        <translation>자원 풀 이동</translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation>(자원 풀 없음)</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>모든 종류</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s) to:</source>
        <translation>
            <numerusform>노드 %n개를 옮길 곳:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>옮기기</translation>
    </message>
    <message>
        <source>No allocation breaks: the nodes can move.</source>
        <translation>깨지는 배정이 없습니다. 노드를 옮길 수 있습니다.</translation>
    </message>
    <message>
        <source>The move is refused:</source>
        <translation>옮길 수 없습니다:</translation>
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
    <message>
        <source>The copies of a closed call could not be removed: %1</source>
        <translation>종료된 공모의 사본을 삭제하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>gpudesk::NationalProjectsArea</name>
    <message>
        <source>&amp;Round:</source>
        <translation>회차(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>새 회차(&amp;N)…</translation>
    </message>
    <message>
        <source>This profile has no national-project round yet. A round is a call whose type has a deliberation stage; an administrator creates the first one in the call settings.</source>
        <translation>이 프로필에는 아직 국가 프로젝트 회차가 없습니다. 회차는 심의·의결 단계가 있는 유형의 공모이며, 첫 회차는 시스템 관리자가 공모 설정에서 만듭니다.</translation>
    </message>
    <message>
        <source>&amp;Demand survey</source>
        <translation>수요조사(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;genda and decisions</source>
        <translation>안건·의결(&amp;G)</translation>
    </message>
    <message>
        <source>Opened from %1.</source>
        <translation>%1에서 이어 엶.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>새 회차</translation>
    </message>
    <message>
        <source>The round was not opened. %1</source>
        <translation>회차를 열지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Round %1 opened at its demand survey.</source>
        <translation>회차 %1을(를) 수요조사 단계로 열었습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::NewRoundDialog</name>
    <message>
        <source>New demand survey round</source>
        <translation>새 수요조사 회차</translation>
    </message>
    <message>
        <source>New yearly round</source>
        <translation>새 연차 회차</translation>
    </message>
    <message>
        <source>The new round takes the pools, the rubric, the panel and the settings of the latest round, and starts at its demand survey.</source>
        <translation>새 회차는 최근 회차의 자원 풀, 평가 기준, 평가위원단과 설정을 이어받고 수요조사 단계에서 시작합니다.</translation>
    </message>
    <message>
        <source>The new round takes the rubric, the panel and the settings of the program&apos;s last round, and holds one entry per team that has a share now.</source>
        <translation>새 회차는 사업의 지난 회차에서 평가 기준, 평가위원단과 설정을 이어받고, 지금 지원을 받는 팀마다 하나씩 평가 대상을 만듭니다.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>번호(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Title (Korean):</source>
        <translation>이름(한국어)(&amp;T):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>이름(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>Survey &amp;opens:</source>
        <translation>수요조사 시작(&amp;O):</translation>
    </message>
    <message>
        <source>Survey &amp;closes:</source>
        <translation>수요조사 마감(&amp;C):</translation>
    </message>
    <message>
        <source>Pre-review &amp;deadline:</source>
        <translation>사전 검토 기한(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Allocation from:</source>
        <translation>배정 시작(&amp;A):</translation>
    </message>
    <message>
        <source>Results &amp;due:</source>
        <translation>성과 제출 마감(&amp;D):</translation>
    </message>
    <message>
        <source>Evaluation &amp;deadline:</source>
        <translation>평가 기한(&amp;D):</translation>
    </message>
    <message>
        <source>Open the round</source>
        <translation>회차 열기</translation>
    </message>
</context>
<context>
    <name>gpudesk::NextYearModel</name>
    <message>
        <source>%1 (from %2)</source>
        <extracomment>Nodes taken over from other teams: the count, then who gave them up</extracomment>
        <translation>%1 (%2에게서)</translation>
    </message>
    <message>
        <source>pool %1</source>
        <extracomment>Nodes given back to the pool, e.g. &quot;pool 2&quot;</extracomment>
        <translation>자원 풀 %1</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <extracomment>Nodes a team gives up: the count, then who takes them</extracomment>
        <translation>%1 (%2에게)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Nodes now</source>
        <translation>현재 노드</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>다음 연도</translation>
    </message>
    <message>
        <source>Kept</source>
        <extracomment>Column: its own nodes a team keeps next year</extracomment>
        <translation>유지</translation>
    </message>
    <message>
        <source>From other teams</source>
        <extracomment>Column: nodes taken over from teams that shrink</extracomment>
        <translation>다른 팀에게서</translation>
    </message>
    <message>
        <source>New from the pool</source>
        <translation>자원 풀에서 새로</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>반납</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>gpudesk::NextYearView</name>
    <message>
        <source>&amp;Apply to the map…</source>
        <translation>랙 배치에 반영(&amp;A)…</translation>
    </message>
    <message>
        <source>Show on the rack &amp;map</source>
        <translation>랙 배치에서 보기(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>Year %1 from %2 to %3: %4 nodes for %n team(s) — %5 kept by their teams, %6 handed from team to team, %7 new from the pool, %8 back to the pool.</source>
        <translation>
            <numerusform>%1차년도 %2–%3: %n개 팀에 %4노드 — 팀이 유지 %5, 팀 사이 이전 %6, 자원 풀에서 새로 %7, 자원 풀로 반납 %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is on the map.</source>
        <translation>계획이 랙 배치에 반영되어 있습니다.</translation>
    </message>
    <message>
        <source>Some teams cannot get their share; see the Problem column.</source>
        <translation>일부 팀이 지원 규모만큼 노드를 받을 수 없습니다. 문제 열을 보십시오.</translation>
    </message>
    <message>
        <source>It is applied at the stage %1.</source>
        <translation>%1 단계에서 반영합니다.</translation>
    </message>
    <message>
        <source>Next year on the map</source>
        <translation>다음 연도 랙 배치</translation>
    </message>
    <message>
        <source>%1: %2 → %3 nodes (%4 kept, %5 from other teams, %6 new)</source>
        <translation>%1: %2 → %3노드 (유지 %4, 다른 팀에게서 %5, 새로 %6)</translation>
    </message>
    <message>
        <source>Allocate year %1 from %2 to %3?

%4</source>
        <translation>%1차년도를 %2부터 %3까지 배정하시겠습니까?

%4</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) of the year before run past %1 and end there.</source>
        <translation>
            <numerusform>지난 연도 배정 %n건이 %1을 넘어가므로 그날 끝납니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>All teams are written together or none. Each change is recorded like a change on the rack map, where it can be released or changed again.</source>
        <translation>모든 팀을 한꺼번에 반영하거나 하나도 반영하지 않습니다. 변경마다 랙 배치에서 바꾼 것처럼 기록되며, 랙 배치에서 반납하거나 다시 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing was allocated.</source>
        <translation>아무것도 배정하지 않았습니다.</translation>
    </message>
    <message>
        <source>Year %1 is on the map from %2.</source>
        <translation>%1차년도가 %2부터 랙 배치에 반영되었습니다.</translation>
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
    <name>gpudesk::NodeDialog</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source> U</source>
        <translation> U</translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation>(자원 풀 없음)</translation>
    </message>
    <message>
        <source>One GPU UUID per line, in GPU index order (as nvidia-smi -L lists them); leave empty until they are known.</source>
        <translation>GPU UUID를 GPU 번호 순서(nvidia-smi -L이 나열하는 순서)대로 한 줄에 하나씩 적으십시오. 모르면 비워 두십시오.</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>호스트 이름(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Rack:</source>
        <translation>랙(&amp;R):</translation>
    </message>
    <message>
        <source>Lowest &amp;unit:</source>
        <translation>가장 아래 위치(&amp;U):</translation>
    </message>
    <message>
        <source>H&amp;eight:</source>
        <translation>높이(&amp;E):</translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation>가속기 종류(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Accelerators:</source>
        <translation>가속기 수(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>자원 풀(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>일련번호(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;GPU UUIDs:</source>
        <translation>GPU UUID(&amp;G):</translation>
    </message>
</context>
<context>
    <name>gpudesk::NodeImportDialog</name>
    <message>
        <source>Import a node list</source>
        <translation>노드 목록 가져오기</translation>
    </message>
    <message>
        <source>CSV: hostname, rack, position, type, accelerators, gpu_uuids</source>
        <translation>CSV: hostname, rack, position, type, accelerators, gpu_uuids</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>선택(&amp;C)…</translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation>(자원 풀 없음)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>운영사(&amp;P):</translation>
    </message>
    <message>
        <source>New nodes &amp;join pool:</source>
        <translation>새 노드의 자원 풀(&amp;J):</translation>
    </message>
    <message>
        <source>Choose the provider&apos;s node list.</source>
        <translation>운영사의 노드 목록을 선택하십시오.</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>문제가 있는 행만(&amp;P)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>가속기</translation>
    </message>
    <message>
        <source>GPU UUIDs</source>
        <translation>GPU UUID</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Node lists (*.csv);;All files (*)</source>
        <translation>노드 목록 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading the node list</source>
        <translation>노드 목록 읽기</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>%1 읽고 검사하는 중…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>파일을 가져올 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) ready to add.</source>
        <translation>
            <numerusform>노드 %n개를 추가할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %n with problems: nothing is added until every row is clean. Fix the file and choose it again.</source>
        <translation>
            <numerusform>%1개 행 중 %n개에 문제가 있습니다. 모든 행이 깨끗해질 때까지 아무것도 추가하지 않습니다. 파일을 고친 뒤 다시 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Importing the node list</source>
        <translation>노드 목록 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n node(s)…</source>
        <translation>
            <numerusform>노드 %n개 추가 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>아무것도 추가하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>취소했습니다: 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) added from %1.</source>
        <translation>
            <numerusform>%1에서 노드 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::NodeStateDialog</name>
    <message>
        <source>Node state</source>
        <translation>노드 상태</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the state of %1:</source>
        <translation>%1의 상태:</translation>
    </message>
    <message>
        <source>&amp;Back in service</source>
        <translation>서비스 복귀(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>점검(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Failed</source>
        <translation>고장(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reserved</source>
        <translation>예약(&amp;R)</translation>
    </message>
    <message>
        <source>Reason (needed to take nodes out of service):</source>
        <translation>사유(서비스에서 뺄 때 필요):</translation>
    </message>
    <message>
        <source>e.g. GPU 3 fell off the bus (XID 79); board replacement scheduled</source>
        <translation>예: GPU 3 버스 이탈(XID 79), 보드 교체 예정</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>These nodes hold allocations; the projects lose them until the allocations move:</source>
        <translation>이 노드에 배정이 있습니다. 배정을 옮길 때까지 해당 과제는 노드를 쓸 수 없습니다:</translation>
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
    <name>gpudesk::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1의 비밀번호 재설정</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>내 비밀번호 변경</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>현재 비밀번호(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>새 비밀번호(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>새 비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person or by telephone, never by e-mail.</source>
        <translation>새 비밀번호는 %1에게 직접 또는 전화로 알려 주고, 이메일로는 보내지 마십시오.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>비밀번호 설정</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="vanished">비밀번호는 8자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>두 입력이 다릅니다.</translation>
    </message>
    <message>
        <source>Give your current password first.</source>
        <translation>먼저 현재 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Let the server &amp;make a new password (shown to you once)</source>
        <translation>서버가 새 비밀번호를 만들기(&amp;M) (한 번만 표시)</translation>
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
    <name>gpudesk::PoolsPage</name>
    <message>
        <source>Open call</source>
        <translation>공모</translation>
    </message>
    <message>
        <source>National projects</source>
        <translation>국가 프로젝트</translation>
    </message>
    <message>
        <source>Provider&apos;s own</source>
        <translation>운영사 자체</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>새 자원 풀(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>퇴역(&amp;R)…</translation>
    </message>
    <message>
        <source>Nodes move between pools on the Inventory page.</source>
        <translation>노드는 장비 탭에서 자원 풀 사이를 옮깁니다.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Capacity (nodes)</source>
        <translation>용량(노드)</translation>
    </message>
    <message>
        <source>Nodes in pool</source>
        <translation>소속 노드</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>서비스 중</translation>
    </message>
    <message>
        <source>Calls drawing on it</source>
        <translation>사용 공모</translation>
    </message>
    <message>
        <source>More than the nodes in service: selection may promise nodes the pool cannot give.</source>
        <translation>서비스 중인 노드보다 많습니다. 선정에서 자원 풀이 내줄 수 없는 노드를 약속할 수 있습니다.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Pool not saved</source>
        <translation>자원 풀을 저장하지 않음</translation>
    </message>
    <message>
        <source>Pool %1 saved.</source>
        <translation>자원 풀 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Retire pool</source>
        <translation>자원 풀 퇴역</translation>
    </message>
    <message>
        <source>Retire pool %1? It holds no nodes and no call draws on it.</source>
        <translation>자원 풀 %1을(를) 퇴역시키시겠습니까? 소속 노드도, 사용하는 공모도 없습니다.</translation>
    </message>
    <message>
        <source>Pool %1 retired.</source>
        <translation>자원 풀 %1을(를) 퇴역시켰습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ProgramDialog</name>
    <message>
        <source>Program %1</source>
        <translation>사업 %1</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <source>&amp;Program and share rule</source>
        <translation>사업·배분 규칙(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>평가 기준(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>변경 사유(&amp;R):</translation>
    </message>
    <message>
        <source>To fix:</source>
        <translation>고칠 점:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 저장</translation>
    </message>
    <message>
        <source>Create program</source>
        <translation>사업 만들기</translation>
    </message>
    <message>
        <source>e.g. WBL</source>
        <translation>예: WBL</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name (Korean):</source>
        <translation>이름(한국어)(&amp;N):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>이름(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation>가속기 종류(&amp;T):</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>자원 풀(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;First day of year 1:</source>
        <translation>1차년도 첫날(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>사업 기간(년)(&amp;Y):</translation>
    </message>
    <message>
        <source>At most &amp;teams:</source>
        <translation>최대 팀 수(&amp;M):</translation>
    </message>
    <message>
        <source>Share rule</source>
        <translation>배분 규칙</translation>
    </message>
    <message>
        <source>Each year&apos;s shares are proportional to each team&apos;s score above the floor, held between the minimum and the maximum, in whole nodes adding up to the capacity.</source>
        <translation type="vanished">해마다 지원 규모는 팀 점수 중 기준점을 넘는 부분에 비례하고, 최소와 최대 사이에서 정수 노드로 나누어 합이 용량이 되게 합니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No pool chosen for a program&apos;s nodes</extracomment>
        <translation>(없음)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n node(s))</source>
        <translation>
            <numerusform>%1 (%2, %n노드)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write why the program changes; the audit log keeps it.</source>
        <translation>사업을 바꾸는 사유를 적으십시오. 감사 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ProgramTeamsDialog</name>
    <message>
        <source>Teams of %1</source>
        <translation>%1 참여 팀</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>팀 빼기</translation>
    </message>
    <message>
        <source>Remove %1 from the program? Its project keeps its nodes on the rack map; only its place in the program ends. Why?</source>
        <translation>%1을(를) 사업에서 뺄까요? 과제의 노드는 랙 배치에 그대로 남고 사업 참여만 끝납니다. 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>참여 팀</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Nodes held</source>
        <translation>보유 노드</translation>
    </message>
    <message>
        <source>&amp;Remove team…</source>
        <translation>팀 빼기(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a team: projects holding nodes of the program&apos;s type</source>
        <translation>팀 추가: 사업과 같은 종류의 노드를 배정받은 과제</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과제명</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>팀 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>팀 추가(&amp;A)</translation>
    </message>
    <message>
        <source>%1 of at most %2 teams; each team is a project holding %3 nodes.</source>
        <translation>최대 %2팀 중 %1팀. 팀마다 %3 노드를 배정받은 과제입니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No project holding %1 nodes is free to join: a team is an allocated or active project with nodes on the rack map, in no other program.</source>
        <translation>참여할 수 있는 %1 노드 과제가 없습니다. 팀은 랙 배치에 노드가 있는 배정 또는 사용 중 과제로, 다른 사업에 속하지 않아야 합니다.</translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>먼저 목록에서 과제를 고르십시오.</translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation>%1을(를) 추가하지 않았습니다. %2</translation>
    </message>
    <message>
        <source>%1 (%2) is a team of the program now.</source>
        <translation>%1(%2)이(가) 이제 사업의 팀입니다.</translation>
    </message>
    <message>
        <source>%1 was not removed. %2</source>
        <translation>%1을(를) 빼지 않았습니다. %2</translation>
    </message>
    <message>
        <source>%1 left the program; its project keeps its nodes.</source>
        <translation>%1이(가) 사업에서 빠졌습니다. 과제의 노드는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ProgramsArea</name>
    <message>
        <source>&amp;Program:</source>
        <translation>사업(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>연차(&amp;Y):</translation>
    </message>
    <message>
        <source>Share r&amp;ule…</source>
        <translation>배분 규칙(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;New yearly round…</source>
        <translation>새 연차 회차(&amp;N)…</translation>
    </message>
    <message>
        <source>This profile has no program with an annual evaluation yet.</source>
        <translation type="vanished">이 프로필에는 아직 연차평가 사업이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Teams and shares</source>
        <translation>팀·지원 규모(&amp;T)</translation>
    </message>
    <message>
        <source>Next year on the &amp;map</source>
        <translation>다음 연도 랙 배치(&amp;M)</translation>
    </message>
    <message>
        <source>Year %1 · %2</source>
        <translation>%1차년도 · %2</translation>
    </message>
    <message>
        <source>%1: %2, pool %3, from %4 for %5 years, at most %6 teams. Rule: %7 nodes a year; teams scoring %8 or less get none; %9 to %10 nodes per team.</source>
        <translation>%1: %2, 자원 풀 %3, %4부터 %5년, 최대 %6팀. 규칙: 연 %7노드, %8점 이하 팀은 지원 없음, 팀당 %9–%10노드.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>any number of</source>
        <translation>제한 없이</translation>
    </message>
    <message>
        <source>Share rule</source>
        <translation>배분 규칙</translation>
    </message>
    <message>
        <source>The rule was not changed. %1</source>
        <translation>규칙을 바꾸지 않았습니다. %1</translation>
    </message>
    <message>
        <source>The share rule of %1 was changed.</source>
        <translation>%1의 배분 규칙을 바꿨습니다.</translation>
    </message>
    <message>
        <source>New yearly round</source>
        <translation>새 연차 회차</translation>
    </message>
    <message>
        <source>The round was not opened. %1</source>
        <translation>회차를 열지 않았습니다. %1</translation>
    </message>
    <message>
        <source>The next yearly round of %1 is open for the teams&apos; results.</source>
        <translation>%1의 다음 연차 회차를 열었습니다. 팀의 성과를 받습니다.</translation>
    </message>
    <message>
        <source>Ne&amp;w program…</source>
        <translation>새 사업(&amp;W)…</translation>
    </message>
    <message>
        <source>Ed&amp;it program…</source>
        <translation>사업 편집(&amp;I)…</translation>
    </message>
    <message>
        <source>This profile has no program with an annual evaluation yet. Make one with New program…, then add its teams: projects that hold nodes.</source>
        <translation>이 프로필에는 아직 연차평가 사업이 없습니다. 새 사업…으로 만든 뒤 노드를 배정받은 과제를 참여 팀으로 추가하십시오.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>The program was not saved. %1</source>
        <translation>사업을 저장하지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Program %1 was changed.</source>
        <translation>사업 %1을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>Team&amp;s…</source>
        <translation>참여 팀(&amp;S)…</translation>
    </message>
    <message>
        <source>Program %1 was created; add its teams with Teams.</source>
        <translation>사업 %1을(를) 만들었습니다. 참여 팀…에서 팀을 추가하십시오.</translation>
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
    <name>gpudesk::RejectedChangesDialog</name>
    <message>
        <source>added</source>
        <extracomment>What a refused change did: made a new row</extracomment>
        <translation>추가</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>What a refused change did: removed a row</extracomment>
        <translation>삭제</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What a refused change did: changed a row</extracomment>
        <translation>변경</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>서버가 거부한 변경</translation>
    </message>
    <message>
        <source>These changes were undone here because the server refused them; this profile shows what the server holds.</source>
        <translation>서버가 거부하여 여기서 되돌린 변경입니다. 이 프로필은 서버에 있는 내용을 표시합니다.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>What</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>&amp;Dismiss selected</source>
        <translation>선택 항목 지우기(&amp;D)</translation>
    </message>
    <message>
        <source>The list could not be updated: %1</source>
        <translation>목록을 갱신하지 못했습니다: %1</translation>
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
    <message>
        <source>&amp;Round:</source>
        <translation>회차(&amp;R):</translation>
    </message>
</context>
<context>
    <name>gpudesk::RestoreDialog</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>백업:</translation>
    </message>
    <message>
        <source>Size, saved:</source>
        <translation>크기, 저장 시각:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>스키마:</translation>
    </message>
    <message>
        <source>Integrity check:</source>
        <translation>무결성 검사:</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Last change recorded:</source>
        <translation>마지막 변경 기록:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>내용:</translation>
    </message>
    <message>
        <source>Call codes:</source>
        <translation>공모 코드:</translation>
    </message>
    <message>
        <source>This file cannot be restored: %1</source>
        <translation>이 파일은 복원할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Restore into &amp;profile:</source>
        <translation>복원할 프로필(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Restore into profile</source>
        <translation>복원할 프로필</translation>
    </message>
    <message>
        <source>gpudesk profiles (*.sqlite)</source>
        <translation>gpudesk 프로필 (*.sqlite)</translation>
    </message>
    <message>
        <source>Name the profile to restore into.</source>
        <translation>복원할 프로필을 지정하십시오.</translation>
    </message>
    <message>
        <source>This is the profile open in this window; it cannot be replaced while it is open. Restore into another profile and open that one, or quit gpudesk and run:
gpudesk restore &quot;%1&quot; &quot;%2&quot;</source>
        <translation>이 창에서 열려 있는 프로필이어서 열려 있는 동안에는 교체할 수 없습니다. 다른 프로필로 복원해 그 프로필을 열거나, gpudesk를 종료한 뒤 다음을 실행하십시오:
gpudesk restore &quot;%1&quot; &quot;%2&quot;</translation>
    </message>
    <message>
        <source>That profile exists; it is kept as a copy next to it before the backup replaces it.</source>
        <translation>이미 있는 프로필입니다. 백업으로 교체하기 전에 옆에 사본으로 보관합니다.</translation>
    </message>
    <message>
        <source>A new profile is made from the backup.</source>
        <translation>백업으로 새 프로필을 만듭니다.</translation>
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
        <translation type="vanished">접수 중</translation>
    </message>
    <message>
        <source>screening</source>
        <translation type="vanished">요건 검토</translation>
    </message>
    <message>
        <source>under review</source>
        <translation type="vanished">평가 중</translation>
    </message>
    <message>
        <source>selection</source>
        <translation type="vanished">선정</translation>
    </message>
    <message>
        <source>allocation</source>
        <translation type="vanished">배정</translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="vanished">종료</translation>
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
    <name>gpudesk::ReviewerProfileDialog</name>
    <message>
        <source>Reviewer profile of %1</source>
        <translation>%1 평가위원 정보</translation>
    </message>
    <message>
        <source>(not in this profile)</source>
        <translation>(이 프로필에 없음)</translation>
    </message>
    <message>
        <source>e.g. Department of Computer Science, Hanbit University</source>
        <translation>예: 한빛대학교 컴퓨터공학과</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>소속 기관(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>소속(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>직위(&amp;T):</translation>
    </message>
    <message>
        <source>Fields of expertise:</source>
        <translation>전문 분야:</translation>
    </message>
    <message>
        <source>Declared conflicts of interest (never assigned their applications):</source>
        <translation>신고한 이해충돌(해당 기관 과제는 배정하지 않음):</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>기관 선택</translation>
    </message>
    <message>
        <source>why, e.g. joint research 2024</source>
        <translation>사유, 예: 2024년 공동연구</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>추가(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>삭제(&amp;M)</translation>
    </message>
</context>
<context>
    <name>gpudesk::RubricEditor</name>
    <message>
        <source>Criterion</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>최저 점수</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>최고 점수</translation>
    </message>
    <message>
        <source>Guidance for reviewers</source>
        <translation>평가위원 안내</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>기준 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>아래로(&amp;W)</translation>
    </message>
    <message>
        <source>Weights add up to 100.</source>
        <translation>배점 합계 100.</translation>
    </message>
    <message>
        <source>Weights add up to %1 of 100.</source>
        <translation>배점 합계 %1 / 100.</translation>
    </message>
</context>
<context>
    <name>gpudesk::RuleDialog</name>
    <message>
        <source>Share rule of %1</source>
        <translation>%1 배분 규칙</translation>
    </message>
    <message>
        <source>Next year&apos;s shares are proportional to each team&apos;s score above the floor, held between the minimum and the maximum, in whole nodes adding up to the capacity.</source>
        <translation type="vanished">다음 연도 지원 규모는 팀 점수 중 기준점을 넘는 부분에 비례하고, 최소와 최대 사이에서 정수 노드로 나누어 합이 용량이 되게 합니다.</translation>
    </message>
    <message>
        <source> nodes</source>
        <translation type="vanished">노드</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="vanished">최대 없음</translation>
    </message>
    <message>
        <source>&amp;Capacity next year:</source>
        <translation type="vanished">다음 연도 용량(&amp;C):</translation>
    </message>
    <message>
        <source>Score &amp;floor:</source>
        <translation type="vanished">기준점(&amp;F):</translation>
    </message>
    <message>
        <source>M&amp;inimum per team:</source>
        <translation type="vanished">팀당 최소(&amp;I):</translation>
    </message>
    <message>
        <source>M&amp;aximum per team:</source>
        <translation type="vanished">팀당 최대(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>Change the rule</source>
        <translation>규칙 바꾸기</translation>
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
    <name>gpudesk::ServerSettingsDialog</name>
    <message>
        <source>Server and sign-in</source>
        <translation>서버 및 로그인</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>Trust in the server&apos;s certificate</source>
        <translation>서버 인증서 신뢰</translation>
    </message>
    <message>
        <source>The &amp;CA certificate file from the server&apos;s administrator</source>
        <translation>서버 관리자가 준 CA 인증서 파일(&amp;C)</translation>
    </message>
    <message>
        <source>ca.pem</source>
        <translation>ca.pem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Trust on &amp;first use: compare the fingerprint, then pin it</source>
        <translation>처음 연결할 때 신뢰(&amp;F): 지문을 비교한 뒤 고정</translation>
    </message>
    <message>
        <source>Show the server&apos;s &amp;fingerprint</source>
        <translation>서버 지문 보기(&amp;F)</translation>
    </message>
    <message>
        <source>I compared it with the fingerprint the administrator gave me, and it is the same</source>
        <translation>관리자에게 받은 지문과 비교했으며 같습니다</translation>
    </message>
    <message>
        <source>Account on the server</source>
        <translation>서버 계정</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>로그인 ID(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Only when I ask (Sync now)</source>
        <translation>요청할 때만(지금 동기화)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n분마다</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>자동 동기화(&amp;A)</translation>
    </message>
    <message>
        <source>The server presents the CA certificate:
SHA-256 %1</source>
        <translation>서버가 제시한 CA 인증서:
SHA-256 %1</translation>
    </message>
    <message>
        <source>Trusted now (%1):
SHA-256 %2</source>
        <translation>현재 신뢰 중(%1):
SHA-256 %2</translation>
    </message>
    <message>
        <source>pinned on first use</source>
        <translation>처음 연결할 때 고정</translation>
    </message>
    <message>
        <source>from a CA file</source>
        <translation>CA 파일</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>%1에 %2(%3)(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address as https://name:port first.</source>
        <translation>먼저 서버 주소를 https://이름:포트 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>서버에 연결</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Warning: this is not the certificate you trusted before (%1). Trust it only if the administrator confirms the server was rebuilt.</source>
        <translation>경고: 이전에 신뢰한 인증서(%1)가 아닙니다. 서버를 새로 구축했다고 관리자가 확인해 준 경우에만 신뢰하십시오.</translation>
    </message>
    <message>
        <source>Show the server&apos;s fingerprint and compare it first.</source>
        <translation>먼저 서버 지문을 표시하고 비교하십시오.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the administrator gave you, then tick the box.</source>
        <translation>관리자에게 받은 지문과 비교한 뒤 확인란을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file (ca.pem) of the server.</source>
        <translation>서버의 CA 인증서 파일(ca.pem)을 선택하십시오.</translation>
    </message>
    <message>
        <source>The settings could not be saved in the profile: %1</source>
        <translation>설정을 프로필에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The address must look like https://name:port.</source>
        <translation>주소는 https://이름:포트 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Enter your login and password on the server.</source>
        <translation>서버 로그인 ID와 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1에 로그인하는 중…</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Signed out. Your work stays in this profile.</source>
        <translation>로그아웃했습니다. 작업 내용은 이 프로필에 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ServerUsers</name>
    <message>
        <source>The server cannot be reached now, and the server&apos;s accounts can only be listed and changed with a connection to it. Check the network or the server, then choose Refresh.</source>
        <translation type="vanished">지금 서버에 연결할 수 없습니다. 서버 계정은 서버에 연결되어 있어야만 조회하고 변경할 수 있습니다. 네트워크나 서버를 확인한 뒤 [새로 고침]을 누르십시오.</translation>
    </message>
    <message>
        <source>Stopped before the server answered. The server may have made the change anyway: the list shows what it holds now.</source>
        <translation type="vanished">서버가 응답하기 전에 중단했습니다. 서버에서는 변경이 이미 이루어졌을 수 있으니, 지금 서버에 있는 내용을 목록에서 확인하십시오.</translation>
    </message>
    <message>
        <source>The server cannot be reached now, and the server&apos;s accounts can only be listed and changed with a connection to it. Check the network or the server, then try again.</source>
        <translation>지금 서버에 연결할 수 없습니다. 서버 계정은 서버에 연결되어 있어야만 조회하고 변경할 수 있습니다. 네트워크나 서버를 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Stopped before the server answered. The server may have made the change anyway: check before trying again.</source>
        <translation>서버가 응답하기 전에 중단했습니다. 서버에서는 변경이 이미 이루어졌을 수 있으니, 다시 시도하기 전에 확인하십시오.</translation>
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
    <name>gpudesk::ShareRuleFields</name>
    <message>
        <source> nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>최대 없음</translation>
    </message>
    <message>
        <source>&amp;Capacity next year:</source>
        <translation>다음 연도 용량(&amp;C):</translation>
    </message>
    <message>
        <source>Score &amp;floor:</source>
        <translation>기준점(&amp;F):</translation>
    </message>
    <message>
        <source>M&amp;inimum per team:</source>
        <translation>팀당 최소(&amp;I):</translation>
    </message>
    <message>
        <source>M&amp;aximum per team:</source>
        <translation>팀당 최대(&amp;A):</translation>
    </message>
    <message>
        <source>Next year&apos;s shares are proportional to each team&apos;s score above the floor, held between the minimum and the maximum, in whole nodes adding up to the capacity.</source>
        <translation>다음 연도 지원 규모는 팀 점수 중 기준점을 넘는 부분에 비례하고, 최소와 최대 사이에서 정수 노드로 나누어 합이 용량이 되게 합니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::ShareTableModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Too few reviews</source>
        <translation>평가 부족</translation>
    </message>
    <message>
        <source>Decided: no share</source>
        <translation>결정: 지원 없음</translation>
    </message>
    <message numerus="yes">
        <source>Decided: %n node(s)</source>
        <translation>
            <numerusform>결정: %n노드</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>미결정</translation>
    </message>
    <message>
        <source>Under the floor</source>
        <translation>기준점 이하</translation>
    </message>
    <message>
        <source>Next year&apos;s nodes; a share other than the rule&apos;s proposal needs a reason.</source>
        <translation>다음 연도 노드 수. 규칙의 제안과 다르게 하려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>Column: the annual evaluation&apos;s score</extracomment>
        <translation>점수</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Nodes now</source>
        <extracomment>Column: nodes a team holds in the year that ends</extracomment>
        <translation>현재 노드</translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>Column: next year&apos;s nodes by the program&apos;s rule</extracomment>
        <translation>규칙 제안</translation>
    </message>
    <message>
        <source>Next year</source>
        <extracomment>Column: next year&apos;s nodes as the officer decides them</extracomment>
        <translation>다음 연도</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>증감</translation>
    </message>
    <message>
        <source>Reason for an adjustment</source>
        <extracomment>Column: why a share departs from the rule</extracomment>
        <translation>조정 사유</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>gpudesk::ShareTermsTable</name>
    <message>
        <source>May apply</source>
        <translation>신청 가능</translation>
    </message>
    <message>
        <source>Share of the market price</source>
        <translation>시장 가격 중 자부담 비율</translation>
    </message>
</context>
<context>
    <name>gpudesk::SharesView</name>
    <message>
        <source>N&amp;ormalise reviewer scores</source>
        <translation>평가위원 점수 표준화(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Decide shares…</source>
        <translation>지원 규모 결정(&amp;D)…</translation>
    </message>
    <message>
        <source>Back to the &amp;rule</source>
        <translation>규칙 제안으로(&amp;R)</translation>
    </message>
    <message>
        <source>Type a team&apos;s share for next year in the column “Next year” (F2 edits); a share other than the rule&apos;s needs a reason.</source>
        <translation>“다음 연도” 열에 팀의 다음 연도 노드 수를 입력하십시오(F2로 편집). 규칙과 다르게 하려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Next year&apos;s shares now add up to %1 of the program&apos;s %2 nodes.</source>
        <translation>다음 연도 지원 규모의 합은 지금 사업 용량 %2노드 중 %1노드입니다.</translation>
    </message>
    <message>
        <source>That is %1 more than the capacity.</source>
        <translation>용량보다 %1노드 많습니다.</translation>
    </message>
    <message>
        <source>Shares are decided at the stage %1.</source>
        <translation>지원 규모는 %1 단계에서 결정합니다.</translation>
    </message>
    <message>
        <source>Decide shares of %1</source>
        <translation>%1 지원 규모 결정</translation>
    </message>
    <message>
        <source>Write why the share departs from the rule for: %1.</source>
        <translation>규칙과 다른 지원 규모의 사유를 적으십시오: %1.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 nodes</source>
        <translation>%1: %2 → %3노드</translation>
    </message>
    <message>
        <source>Decide next year&apos;s shares for year %1 of %2?

%3

Each team&apos;s decision goes into its history with the score and, for an adjustment, your reason. The shares reach the map at the allocation stage.</source>
        <translation>%2의 %1차년도 지원 규모를 결정하시겠습니까?

%3

팀마다 결정이 점수와 함께, 조정한 경우 그 사유와 함께 이력에 남습니다. 지원 규모는 배정 단계에서 랙 배치에 반영됩니다.</translation>
    </message>
    <message>
        <source>The shares were not decided; nothing was changed.</source>
        <translation>지원 규모를 결정하지 않았습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Shares of %1 decided: %2 nodes for year %3.</source>
        <translation>%1 지원 규모 결정: %3차년도 %2노드.</translation>
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
    <name>gpudesk::SyncActions</name>
    <message>
        <source>Sync refused</source>
        <translation>동기화 거부됨</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); they were undone (see Refused changes).</source>
        <translation>
            <numerusform>서버가 변경 %n건을 거부하여 되돌렸습니다(거부된 변경 참조).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) met another one; resolve them in Sync conflicts.</source>
        <translation>
            <numerusform>변경 %n건이 다른 변경과 충돌했습니다. 동기화 충돌에서 해결하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>지금 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>동기화 중지(&amp;T)</translation>
    </message>
    <message>
        <source>Ser&amp;ver and sign-in…</source>
        <translation>서버 및 로그인(&amp;V)…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>동기화 충돌(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>거부된 변경(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;hange my password on the server…</source>
        <translation>서버의 내 비밀번호 변경(&amp;H)…</translation>
    </message>
    <message>
        <source>Change my password on %1</source>
        <translation>%1의 내 비밀번호 변경</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>비밀번호 변경 중</translation>
    </message>
    <message>
        <source>Change my password on the server</source>
        <translation>서버의 내 비밀번호 변경</translation>
    </message>
    <message>
        <source>Your password on the server was changed; your other sessions there have ended.</source>
        <translation>서버의 비밀번호를 변경했습니다. 서버의 다른 세션은 모두 종료되었습니다.</translation>
    </message>
</context>
<context>
    <name>gpudesk::SyncStatusButton</name>
    <message>
        <source>Offline · local profile</source>
        <extracomment>Sync state in the status bar: no server has been set up, work stays local</extracomment>
        <translation>오프라인 · 로컬 프로필</translation>
    </message>
    <message>
        <source>Offline · not signed in</source>
        <extracomment>Sync state: a server is set up but nobody is signed in to it</extracomment>
        <translation>오프라인 · 로그인 안 됨</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>Sync state: signed in, waiting for the first sync</extracomment>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <extracomment>Sync state with the progress in percent</extracomment>
        <translation>동기화 중 %1%</translation>
    </message>
    <message>
        <source>In sync at %1</source>
        <extracomment>Sync state with the time of the last completed sync (14:02)</extracomment>
        <translation>%1에 동기화됨</translation>
    </message>
    <message>
        <source>Offline · last sync %1</source>
        <extracomment>Sync state: the server cannot be reached now</extracomment>
        <translation>오프라인 · 마지막 동기화 %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <extracomment>Sync state: the last sync was refused or failed; the tooltip says why</extracomment>
        <translation>동기화 확인 필요</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>충돌 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>거부된 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync server is configured; everything is kept in this profile.</source>
        <translation>동기화 서버가 설정되지 않았습니다. 모든 데이터는 이 프로필에만 저장됩니다.</translation>
    </message>
    <message>
        <source>Sign in to the server (File → Server and sign-in…) to sync.</source>
        <translation>동기화하려면 서버에 로그인하십시오(파일 → 서버 및 로그인…).</translation>
    </message>
    <message>
        <source>Changes made here go to the server at the next sync; offline work is kept until then.</source>
        <translation>여기서 변경한 내용은 다음 동기화 때 서버로 전송되며, 오프라인 작업은 그때까지 보관됩니다.</translation>
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
        <source>Of MIG instances:</source>
        <translation>MIG 인스턴스 샘플:</translation>
    </message>
    <message>
        <source>Already stored (unchanged):</source>
        <translation>이미 저장됨(변경 없음):</translation>
    </message>
    <message>
        <source>Corrections of stored samples:</source>
        <translation>저장된 샘플의 정정:</translation>
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
<context>
    <name>gpudesk::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>새 사용자</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>사용자 %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>로그인 아이디(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>Sign-in needs a &amp;password</source>
        <translation>로그인에 비밀번호 필요(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Repea&amp;t it:</source>
        <translation>비밀번호 확인(&amp;T):</translation>
    </message>
    <message>
        <source>The two password entries differ.</source>
        <translation>두 비밀번호 입력이 다릅니다.</translation>
    </message>
    <message>
        <source>Choose the first password &amp;myself (else the server makes one)</source>
        <translation>첫 비밀번호를 직접 정하기(&amp;M) (아니면 서버가 만듦)</translation>
    </message>
</context>
<context>
    <name>gpudesk::UsersPage</name>
    <message>
        <source>These are the users of this profile. Once the profile syncs with a server, the server&apos;s accounts are managed there.</source>
        <translation type="vanished">이 프로필의 사용자입니다. 프로필을 서버와 동기화하면 계정은 서버에서 관리합니다.</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>새 사용자(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>비활성화(&amp;D)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>비밀번호 재설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;viewer profile…</source>
        <translation>평가위원 정보(&amp;V)…</translation>
    </message>
    <message>
        <source>Organisation, fields and declared conflicts of interest</source>
        <translation>소속 기관, 전문 분야, 신고한 이해충돌</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인 아이디</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Reviewer profile</source>
        <translation>평가위원 정보</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>set</source>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>En&amp;able…</source>
        <translation>활성화(&amp;A)…</translation>
    </message>
    <message>
        <source>User not created</source>
        <translation>사용자를 만들지 않음</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>사용자 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>User not saved</source>
        <translation>사용자를 저장하지 않음</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>사용자 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>사용자 비활성화</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>사용자 활성화</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in to this profile; their records stay, and you can enable them again.</source>
        <translation>%1을(를) 비활성화하시겠습니까? 이 프로필에 더 이상 로그인할 수 없지만 기록은 남고, 다시 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enable %1? They can sign in again.</source>
        <translation>%1을(를) 활성화하시겠습니까? 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1을(를) 비활성화했습니다.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1을(를) 활성화했습니다.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1의 비밀번호를 재설정했습니다.</translation>
    </message>
    <message>
        <source>The reviewer profile of %1 was saved.</source>
        <translation>%1의 평가위원 정보를 저장했습니다.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Read the server&apos;s accounts again</source>
        <translation>서버 계정을 다시 읽습니다</translation>
    </message>
    <message>
        <source>These are the users of this profile. When the profile is signed in to a server as an administrator, this page manages the server&apos;s accounts.</source>
        <translation>이 프로필의 사용자입니다. 프로필이 관리자로 서버에 로그인되어 있으면 이 화면에서 서버 계정을 관리합니다.</translation>
    </message>
    <message>
        <source>These are the accounts on the server %1, where you are signed in as an administrator. Changes are made on the server at once; reviewer profiles are kept in this profile and go out with the next sync.</source>
        <translation>관리자로 로그인한 서버 %1의 계정입니다. 변경 내용은 서버에 바로 반영됩니다. 평가위원 정보는 이 프로필에 저장되었다가 다음 동기화 때 전송됩니다.</translation>
    </message>
    <message>
        <source>Reading the accounts from the server…</source>
        <translation>서버에서 계정을 읽는 중…</translation>
    </message>
    <message>
        <source>This account is not in this profile yet: sync, then keep its reviewer profile here.</source>
        <translation>이 계정은 아직 이 프로필에 없습니다. 동기화한 뒤 여기서 평가위원 정보를 관리하십시오.</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>계정 만드는 중</translation>
    </message>
    <message>
        <source>Account %1 created on the server.</source>
        <translation>서버에 계정 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Saving the account</source>
        <translation>계정 저장 중</translation>
    </message>
    <message>
        <source>Account %1 saved on the server.</source>
        <translation>서버에 계정 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Disable %1 on the server? They can no longer sign in to the server and their sessions there end; their records stay, and you can enable them again.</source>
        <translation>서버에서 %1을(를) 비활성화하시겠습니까? 서버에 더 이상 로그인할 수 없고 서버의 세션도 종료되지만, 기록은 남고 다시 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enable %1 on the server? They can sign in again.</source>
        <translation>서버에서 %1을(를) 활성화하시겠습니까? 다시 로그인할 수 있게 됩니다.</translation>
    </message>
    <message>
        <source>The password of %1 was reset on the server; their sessions there have ended.</source>
        <translation>서버에서 %1의 비밀번호를 재설정했습니다. 서버의 세션은 모두 종료되었습니다.</translation>
    </message>
</context>
</TS>
