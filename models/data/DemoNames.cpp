// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNames.h"

#include "DemoProjectTexts.h"

#include <QStringList>
#include <iterator>

using namespace Qt::StringLiterals;

namespace gpudesk::demo {
namespace {

struct Pair
{
    const char16_t *ko;
    const char16_t *en;
};

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

template <std::size_t N> constexpr int count(const Pair (&)[N])
{
    return int(N);
}

// Takes the next choice out of the random bits: r % n, then drops it from r.
int take(quint64 &r, int n)
{
    const int v = int(r % quint64(n));
    r /= quint64(n);
    return v;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// ---- places and organisations ----

const Pair kRegions[] = {
    {u"서울", u"Seoul"},    {u"부산", u"Busan"},   {u"대구", u"Daegu"},     {u"인천", u"Incheon"},
    {u"광주", u"Gwangju"},  {u"대전", u"Daejeon"}, {u"울산", u"Ulsan"},     {u"세종", u"Sejong"},
    {u"경기", u"Gyeonggi"}, {u"강원", u"Gangwon"}, {u"충북", u"Chungbuk"},  {u"충남", u"Chungnam"},
    {u"전북", u"Jeonbuk"},  {u"전남", u"Jeonnam"}, {u"경북", u"Gyeongbuk"}, {u"경남", u"Gyeongnam"},
    {u"제주", u"Jeju"},
};

// Native Korean words, as fictional universities and brands are often named.
const Pair kUniversityStems[] = {
    {u"한빛", u"Hanbit"},   {u"누리", u"Nuri"},        {u"새솔", u"Saesol"},
    {u"가람", u"Garam"},    {u"한결", u"Hangyeol"},    {u"다온", u"Daon"},
    {u"미르", u"Mir"},      {u"온누리", u"Onnuri"},    {u"청람", u"Cheongram"},
    {u"해솔", u"Haesol"},   {u"푸른솔", u"Pureunsol"}, {u"세움", u"Seum"},
    {u"한울", u"Hanul"},    {u"아람", u"Aram"},        {u"늘봄", u"Neulbom"},
    {u"은빛", u"Eunbit"},   {u"별빛", u"Byeolbit"},    {u"동녘", u"Dongnyeok"},
    {u"하늬", u"Hanui"},    {u"새빛", u"Saebit"},      {u"다솜", u"Dasom"},
    {u"라온", u"Raon"},     {u"마루", u"Maru"},        {u"바름", u"Bareum"},
    {u"슬기", u"Seulgi"},   {u"여울", u"Yeoul"},       {u"윤슬", u"Yunseul"},
    {u"초롱", u"Chorong"},  {u"한마루", u"Hanmaru"},   {u"해오름", u"Haeoreum"},
    {u"벼리", u"Byeori"},   {u"나래", u"Narae"},       {u"도담", u"Dodam"},
    {u"보람", u"Boram"},    {u"솔빛", u"Solbit"},      {u"새누리", u"Saenuri"},
    {u"청운", u"Cheongun"}, {u"아라", u"Ara"},         {u"희망", u"Huimang"},
    {u"미래", u"Mirae"},
};
const Pair kUniversityForms[] = {
    {u"%1대학교", u"%1 University"},
    {u"%1과학기술대학교", u"%1 University of Science and Technology"},
    {u"%1공과대학교", u"%1 Institute of Technology"},
    {u"%1정보통신대학교", u"%1 University of Information and Communication"},
};

const Pair kInstituteTopics[] = {
    {u"차세대지능", u"Next-Generation Intelligence"},
    {u"디지털바이오", u"Digital Bio"},
    {u"기후데이터", u"Climate Data"},
    {u"양자정보", u"Quantum Information"},
    {u"미래소재", u"Future Materials"},
    {u"정밀의료", u"Precision Medicine"},
    {u"계산과학", u"Computational Science"},
    {u"우주데이터", u"Space Data"},
    {u"언어지능", u"Language Intelligence"},
    {u"지능형반도체", u"Intelligent Semiconductors"},
    {u"스마트제조", u"Smart Manufacturing"},
    {u"자율이동체", u"Autonomous Mobility"},
    {u"디지털농업", u"Digital Agriculture"},
    {u"해양데이터", u"Ocean Data"},
    {u"재난안전데이터", u"Disaster Safety Data"},
    {u"미래에너지", u"Future Energy"},
    {u"인지과학", u"Cognitive Science"},
    {u"지능로봇", u"Intelligent Robotics"},
    {u"초고성능컴퓨팅", u"Extreme-Scale Computing"},
    {u"디지털헬스", u"Digital Health"},
};
const Pair kInstituteForms[] = {
    {u"한국%1연구원", u"Korea Institute of %1"},
    {u"국가%1연구소", u"National %1 Laboratory"},
    {u"%1융합연구원", u"%1 Convergence Research Institute"},
};

const Pair kBrandHeads[] = {
    {u"딥", u"Deep"},       {u"뉴로", u"Neuro"},       {u"퀀텀", u"Quantum"},
    {u"브레인", u"Brain"},  {u"비전", u"Vision"},      {u"바이오", u"Bio"},
    {u"메디", u"Medi"},     {u"모빌", u"Mobil"},       {u"코어", u"Core"},
    {u"웨이브", u"Wave"},   {u"스카이", u"Sky"},       {u"클라우드", u"Cloud"},
    {u"데이터", u"Data"},   {u"인사이트", u"Insight"}, {u"스마트", u"Smart"},
    {u"오픈", u"Open"},     {u"블루", u"Blue"},        {u"그린", u"Green"},
    {u"알파", u"Alpha"},    {u"제타", u"Zeta"},        {u"옴니", u"Omni"},
    {u"하이퍼", u"Hyper"},  {u"메타", u"Meta"},        {u"시냅스", u"Synapse"},
    {u"셀", u"Cell"},       {u"아톰", u"Atom"},        {u"솔라", u"Solar"},
    {u"루나", u"Luna"},     {u"에코", u"Eco"},         {u"리얼", u"Real"},
    {u"트루", u"True"},     {u"퓨처", u"Future"},      {u"넥스트", u"Next"},
    {u"스텔라", u"Stella"}, {u"코스모", u"Cosmo"},     {u"오로라", u"Aurora"},
    {u"포커스", u"Focus"},  {u"파인", u"Fine"},        {u"마인드", u"Mind"},
    {u"로직", u"Logic"},    {u"픽셀", u"Pixel"},       {u"벡터", u"Vector"},
    {u"텐서", u"Tensor"},   {u"프리즘", u"Prism"},
};
const Pair kBrandTails[] = {
    {u"파인", u"fine"},     {u"마인드", u"mind"},  {u"웍스", u"works"},    {u"소프트", u"soft"},
    {u"테크", u"tech"},     {u"젠", u"gen"},       {u"링크", u"link"},     {u"노바", u"nova"},
    {u"시그널", u"signal"}, {u"픽셀", u"pixel"},   {u"로직", u"logic"},    {u"비트", u"bit"},
    {u"코드", u"code"},     {u"플로우", u"flow"},  {u"스텝", u"step"},     {u"웨이", u"way"},
    {u"큐브", u"cube"},     {u"포지", u"forge"},   {u"매틱", u"matic"},    {u"그리드", u"grid"},
    {u"랩스", u"labs"},     {u"시스", u"sys"},     {u"에이아이", u"AI"},   {u"버스", u"verse"},
    {u"스케일", u"scale"},  {u"트리", u"tree"},    {u"필드", u"field"},    {u"메이트", u"mate"},
    {u"루프", u"loop"},     {u"포인트", u"point"}, {u"브릿지", u"bridge"}, {u"스톤", u"stone"},
    {u"라인", u"line"},     {u"허브", u"hub"},     {u"넷", u"net"},        {u"모션", u"motion"},
    {u"스파크", u"spark"},  {u"엑스", u"X"},       {u"온", u"on"},         {u"플랜", u"plan"},
};
const Pair kGroups[] = {
    {u"대양", u"Daeyang"}, {u"세한", u"Sehan"},     {u"한누리", u"Hannuri"},
    {u"동진", u"Dongjin"}, {u"청우", u"Cheongwoo"}, {u"명진", u"Myungjin"},
    {u"태성", u"Taesung"}, {u"진양", u"Jinyang"},   {u"성원", u"Sungwon"},
    {u"해강", u"Haegang"}, {u"유성", u"Yuseong"},   {u"서광", u"Seogwang"},
};
const Pair kGroupForms[] = {
    {u"%1전자", u"%1 Electronics"},       {u"%1텔레콤", u"%1 Telecom"},
    {u"%1바이오로직스", u"%1 Biologics"}, {u"%1중공업", u"%1 Heavy Industries"},
    {u"%1모빌리티", u"%1 Mobility"},      {u"%1정보통신", u"%1 Information & Communication"},
    {u"%1화학", u"%1 Chemical"},          {u"%1금융지주", u"%1 Financial Group"},
};
const Pair kAgencyForms[] = {
    {u"%1AI산업진흥원", u"%1 AI Industry Promotion Agency"},
    {u"%1디지털혁신원", u"%1 Digital Innovation Agency"},
    {u"%1데이터허브센터", u"%1 Data Hub Center"},
    {u"%1스마트도시공사", u"%1 Smart City Corporation"},
    {u"%1바이오헬스재단", u"%1 Bio-Health Foundation"},
    {u"%1첨단산업재단", u"%1 Advanced Industry Foundation"},
};

QString slug(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

// "Korea Institute of Next-Generation Intelligence" -> "kingi"
QString acronym(const QString &english)
{
    QString out;
    const QStringList words = QString(english).replace(u'-', u' ').split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w != u"of"_s && w != u"and"_s && w != u"&"_s && w.at(0).isLetter())
            out += w.at(0).toLower();
    }
    return out;
}

// Spreads consecutive ordinals over the whole pool, so the first names are not all alike.
int spread(int ordinal, int size)
{
    int stride = 7919 % size;
    auto gcd = [](int a, int b) {
        while (b) {
            const int t = a % b;
            a = b;
            b = t;
        }
        return a;
    };
    while (stride <= 1 || gcd(stride, size) != 1)
        ++stride;
    return int((qint64(ordinal) * stride) % size);
}

// ---- people ----

struct Family
{
    const char16_t *ko;
    const char16_t *en;
    int weight;
};
const Family kFamilies[] = {
    {u"김", u"Kim", 21}, {u"이", u"Lee", 15}, {u"박", u"Park", 8}, {u"최", u"Choi", 5},
    {u"정", u"Jung", 5}, {u"강", u"Kang", 2}, {u"조", u"Cho", 2},  {u"윤", u"Yoon", 2},
    {u"장", u"Jang", 2}, {u"임", u"Lim", 2},  {u"한", u"Han", 1},  {u"오", u"Oh", 1},
    {u"서", u"Seo", 1},  {u"신", u"Shin", 1}, {u"권", u"Kwon", 1}, {u"황", u"Hwang", 1},
    {u"안", u"Ahn", 1},  {u"송", u"Song", 1}, {u"류", u"Ryu", 1},  {u"홍", u"Hong", 1},
    {u"전", u"Jeon", 1}, {u"고", u"Ko", 1},   {u"문", u"Moon", 1}, {u"양", u"Yang", 1},
    {u"손", u"Son", 1},  {u"배", u"Bae", 1},  {u"백", u"Baek", 1}, {u"허", u"Heo", 1},
    {u"유", u"Yoo", 1},  {u"남", u"Nam", 1},
};
const Pair kGiven[] = {
    {u"서연", u"Seoyeon"},   {u"민준", u"Minjun"},  {u"서준", u"Seojun"},   {u"하은", u"Haeun"},
    {u"지훈", u"Jihun"},     {u"도윤", u"Doyun"},   {u"지우", u"Jiwoo"},    {u"수빈", u"Subin"},
    {u"예준", u"Yejun"},     {u"지민", u"Jimin"},   {u"현우", u"Hyunwoo"},  {u"유진", u"Yujin"},
    {u"건우", u"Geonwoo"},   {u"서윤", u"Seoyun"},  {u"우진", u"Woojin"},   {u"민서", u"Minseo"},
    {u"준혁", u"Junhyuk"},   {u"채원", u"Chaewon"}, {u"도현", u"Dohyun"},   {u"지아", u"Jia"},
    {u"승민", u"Seungmin"},  {u"수아", u"Sua"},     {u"재원", u"Jaewon"},   {u"다은", u"Daeun"},
    {u"시우", u"Siwoo"},     {u"예린", u"Yerin"},   {u"태윤", u"Taeyoon"},  {u"소율", u"Soyul"},
    {u"은우", u"Eunwoo"},    {u"하린", u"Harin"},   {u"정우", u"Jungwoo"},  {u"윤서", u"Yoonseo"},
    {u"민재", u"Minjae"},    {u"지호", u"Jiho"},    {u"성민", u"Sungmin"},  {u"혜진", u"Hyejin"},
    {u"영수", u"Youngsoo"},  {u"미경", u"Mikyung"}, {u"상훈", u"Sanghoon"}, {u"은정", u"Eunjung"},
    {u"동현", u"Donghyun"},  {u"수진", u"Sujin"},   {u"재현", u"Jaehyun"},  {u"현정", u"Hyunjung"},
    {u"성호", u"Sungho"},    {u"지영", u"Jiyoung"}, {u"태호", u"Taeho"},    {u"보람", u"Boram"},
    {u"진우", u"Jinwoo"},    {u"나연", u"Nayeon"},  {u"준서", u"Junseo"},   {u"세은", u"Seeun"},
    {u"형준", u"Hyungjun"},  {u"소희", u"Sohee"},   {u"경민", u"Kyungmin"}, {u"은지", u"Eunji"},
    {u"승현", u"Seunghyun"}, {u"주원", u"Juwon"},   {u"민호", u"Minho"},    {u"하늘", u"Haneul"},
    {u"재민", u"Jaemin"},    {u"서현", u"Seohyun"}, {u"종민", u"Jongmin"},  {u"유나", u"Yuna"},
    {u"용준", u"Yongjun"},   {u"다인", u"Dain"},    {u"가은", u"Gaeun"},    {u"동욱", u"Donguk"},
    {u"수현", u"Suhyun"},    {u"인호", u"Inho"},    {u"선영", u"Sunyoung"}, {u"기현", u"Kihyun"},
    {u"예지", u"Yeji"},      {u"태민", u"Taemin"},  {u"정민", u"Jungmin"},  {u"윤호", u"Yoonho"},
    {u"은비", u"Eunbi"},     {u"상민", u"Sangmin"}, {u"혜원", u"Hyewon"},   {u"준영", u"Junyoung"},
};

// ---- reviews and operations ----

const char16_t *const kCommentsHigh[] = {
    u"연구 목표와 추진 전략이 명확하며 요청 자원 규모가 타당함.",
    u"선행 연구 실적이 우수하고 데이터 확보 계획이 구체적임.",
    u"대규모 연산 자원이 반드시 필요한 과제로 기대 효과가 큼.",
    u"국내 기술 경쟁력 제고에 직접 기여할 수 있는 과제로 판단됨.",
};
const char16_t *const kCommentsMid[] = {
    u"기술적 타당성은 인정되나 단계별 목표가 다소 모호함.",
    u"요청 자원 대비 산출물 계획을 보완할 필요가 있음.",
    u"데이터 확보 방안이 구체화되면 수행 가능성이 높아질 것으로 보임.",
    u"연구 내용은 적절하나 자원 활용 일정이 다소 낙관적임.",
};
const char16_t *const kCommentsLow[] = {
    u"요청 자원 규모에 비해 연구 내용이 구체적이지 않음.",
    u"유사 선행 연구와의 차별성이 부족함.",
    u"대규모 GPU 자원이 필요한 근거가 충분히 제시되지 않음.",
    u"수행 체계와 인력 구성이 과제 규모에 비해 부족함.",
};
const char16_t *const kCommentsAny[] = {
    u"성과 활용 계획이 현실적임.",
    u"평가 지표와 검증 계획을 명확히 제시할 필요가 있음.",
    u"연구진 구성이 적절함.",
    u"중간 점검 시 자원 사용률을 확인할 필요가 있음.",
};
const char16_t *const kExternal[] = {
    u"(사)한국미래지능학회 이사",
    u"독립 AI 기술 자문위원",
    u"(사)차세대컴퓨팅포럼 운영위원",
    u"명예교수 (전 대학 소속)",
};
const char16_t *const kConflictNotes[] = {
    u"최근 3년 이내 공동 연구 수행",
    u"해당 기관 자문위원 재직 중",
    u"전 소속 기관 (2024년 퇴직)",
    u"해당 기관과 공동 특허 출원",
};
const char16_t *const kMaintenance[] = {
    u"펌웨어 정기 업데이트",
    u"NVLink 스위치 점검",
    u"냉각 장치 정기 점검",
    u"전원 공급 장치 교체 예정",
    u"메모리 모듈 교체 후 번인 테스트",
};
const char16_t *const kFailed[] = {
    u"GPU 3번 ECC 오류 반복 (Xid 48)",
    u"GPU 응답 없음 (Xid 79), 공급사 RMA 진행 중",
    u"메인보드 전원 불량",
    u"InfiniBand 포트 링크 다운",
};

template <std::size_t N> QString pickText(const char16_t *const (&list)[N], quint64 r)
{
    return QString::fromUtf16(list[r % N]);
}

} // namespace

int fieldCount()
{
    return int(std::size(texts::kFields));
}

FieldName field(int index)
{
    const texts::FieldTexts &f = texts::kFields[index % fieldCount()];
    return {s(f.code), s(f.name.ko), s(f.name.en)};
}

Bilingual projectTitle(int field, quint64 r)
{
    const texts::FieldTexts &f = texts::kFields[field % fieldCount()];
    const texts::Fragment &topic = f.topics[take(r, 5)];
    const texts::Fragment &method = f.methods[take(r, 4)];
    const QString t = s(topic.ko);
    const QString m = s(method.ko);
    const QString te = s(topic.en);
    const QString me = s(method.en);
    switch (take(r, 5)) {
    case 0:
        return {u"%1%2 위한 %3 개발"_s.arg(t, objectParticle(t), m),
                u"Developing %1 for %2"_s.arg(me, te)};
    case 1:
        return {u"%1%2 활용한 %3 연구"_s.arg(m, objectParticle(m), t),
                capitalized(u"%1 using %2"_s.arg(te, me))};
    case 2:
        return {u"%1 기반 %2 고도화"_s.arg(m, t), u"Advancing %1 with %2"_s.arg(te, me)};
    case 3:
        return {u"대규모 %1%2 통한 %3 실증"_s.arg(m, objectParticle(m), t),
                u"Demonstrating %1 through large-scale %2"_s.arg(te, me)};
    default:
        return {u"%1 성능 향상을 위한 %2 적용"_s.arg(t, m),
                u"Applying %1 to improve %2"_s.arg(me, te)};
    }
}

QString projectSummary(int field, quint64 r, const QString &typeCode, int gpus, int months)
{
    const texts::FieldTexts &f = texts::kFields[field % fieldCount()];
    const QString t = s(f.topics[take(r, 5)].ko);
    const QString m = s(f.methods[take(r, 4)].ko);
    take(r, 5); // the title's template
    QStringList out;
    switch (take(r, 3)) {
    case 0:
        out << u"본 과제는 %1%2 활용하여 %3의 정확도와 효율을 높이는 것을 목표로 한다."_s.arg(
            m, objectParticle(m), t);
        break;
    case 1:
        out << u"본 과제에서는 %1%2 위한 %3%4 개발하고 실제 환경에서 검증한다."_s.arg(
            t, objectParticle(t), m, objectParticle(m));
        break;
    default:
        out << u"%1 분야의 기존 방법은 규모와 성능에 한계가 있어, 본 과제는 %2%3 대규모로 학습하여 이를 극복하고자 한다."_s
                   .arg(t, m, objectParticle(m));
        break;
    }
    if (take(r, 5) != 0) {
        // The amount suits its unit: 20년, 5천 명, 150억 토큰.
        static const int kYears[] = {10, 20, 30, 40};
        static const int kThousands[] = {2, 3, 5, 8};
        static const int kAmounts[] = {3, 5, 12, 20, 40, 80, 150};
        const QString sentence = s(f.data[take(r, 2)]);
        const QChar unit = sentence.at(sentence.indexOf(u"%1"_s) + 2);
        out << sentence.arg(unit == u'년'   ? kYears[take(r, 4)]
                            : unit == u'천' ? kThousands[take(r, 4)]
                                            : kAmounts[take(r, 7)]);
    }
    if (take(r, 3) != 0) {
        const int nodes = (gpus + 7) / 8;
        out << (take(r, 2) == 0
                    ? u"%1 GPU %2장(%3노드)을 %4개월간 사용하여 대규모 학습과 반복 실험을 수행할 계획이다."_s
                          .arg(typeCode)
                          .arg(gpus)
                          .arg(nodes)
                          .arg(months)
                    : u"요청한 %1 GPU %2장은 모델 학습과 평가에 필요한 최소 규모로 산정하였다."_s
                          .arg(typeCode)
                          .arg(gpus));
    }
    out << s(f.impact[take(r, 2)]);
    return out.join(u' ');
}

int regionCount()
{
    return count(kRegions);
}

Bilingual region(int index)
{
    const Pair &p = kRegions[index % count(kRegions)];
    return {s(p.ko), s(p.en)};
}

OrgName organizationName(OrganizationType type, int ordinal)
{
    const Pair *stems = nullptr;
    const Pair *forms = nullptr;
    int nStems = 0;
    int nForms = 0;
    switch (type) {
    case OrganizationType::University:
        stems = kUniversityStems, nStems = count(kUniversityStems);
        forms = kUniversityForms, nForms = count(kUniversityForms);
        break;
    case OrganizationType::ResearchInstitute:
        stems = kInstituteTopics, nStems = count(kInstituteTopics);
        forms = kInstituteForms, nForms = count(kInstituteForms);
        break;
    case OrganizationType::Sme:
    case OrganizationType::Startup:
        stems = kBrandHeads, nStems = count(kBrandHeads);
        forms = kBrandTails, nForms = count(kBrandTails);
        break;
    case OrganizationType::LargeEnterprise:
        stems = kGroups, nStems = count(kGroups);
        forms = kGroupForms, nForms = count(kGroupForms);
        break;
    case OrganizationType::PublicAgency:
        stems = kRegions, nStems = count(kRegions);
        forms = kAgencyForms, nForms = count(kAgencyForms);
        break;
    }
    const int pool = nStems * nForms;
    // SMEs and startups share the brand pool: SMEs take the even places, startups the odd.
    const bool brand = type == OrganizationType::Sme || type == OrganizationType::Startup;
    const int place = brand ? 2 * ordinal + (type == OrganizationType::Startup ? 1 : 0) : ordinal;
    const int index = spread(place % pool, pool);
    const Pair &stem = stems[index % nStems];
    const Pair &form = forms[index / nStems];
    const int overflow = place / pool;
    OrgName o;
    o.region = s(kRegions[(index + overflow) % count(kRegions)].ko);
    switch (type) {
    case OrganizationType::University:
        o.name = s(form.ko).arg(s(stem.ko));
        o.nameEn = s(form.en).arg(s(stem.en));
        o.domain = slug(s(stem.en)) + (index / nStems ? acronym(s(form.en)).mid(1) : QString()) +
                   u".ac.kr"_s;
        break;
    case OrganizationType::ResearchInstitute:
        o.name = s(form.ko).arg(s(stem.ko));
        o.nameEn = s(form.en).arg(s(stem.en));
        o.domain = acronym(o.nameEn) + u".re.kr"_s;
        break;
    case OrganizationType::Sme:
    case OrganizationType::Startup: {
        const QString brandKo = s(stem.ko) + s(form.ko);
        const QString brandEn = s(stem.en) + s(form.en);
        o.name = index % 3 == 0 ? u"%1 주식회사"_s.arg(brandKo) : u"(주)%1"_s.arg(brandKo);
        o.nameEn = index % 3 == 0 ? u"%1 Co., Ltd."_s.arg(brandEn) : u"%1 Inc."_s.arg(brandEn);
        o.domain = slug(brandEn) + (type == OrganizationType::Startup ? u".ai"_s : u".co.kr"_s);
        break;
    }
    case OrganizationType::LargeEnterprise:
        o.name = s(form.ko).arg(s(stem.ko));
        o.nameEn = s(form.en).arg(s(stem.en));
        o.domain = slug(o.nameEn).left(20) + u".com"_s;
        break;
    case OrganizationType::PublicAgency:
        o.region = s(stem.ko);
        o.name = s(form.ko).arg(s(stem.ko));
        o.nameEn = s(form.en).arg(s(stem.en));
        o.domain = slug(s(stem.en)) + acronym(s(form.en).arg(QString())) + u".or.kr"_s;
        break;
    }
    if (overflow > 0) { // a second campus or branch of the same name, in another region
        const Pair &where = kRegions[(index + overflow) % count(kRegions)];
        const bool campus = type == OrganizationType::University;
        const bool branch = type == OrganizationType::ResearchInstitute;
        o.name += u" %1%2"_s.arg(s(where.ko), campus   ? u"캠퍼스"_s
                                              : branch ? u"분원"_s
                                                       : u"지사"_s);
        o.nameEn += u" (%1 %2)"_s.arg(s(where.en), campus   ? u"Campus"_s
                                                   : branch ? u"Branch"_s
                                                            : u"Office"_s);
        o.domain.prepend(slug(s(where.en)) + u'.');
        o.region = s(where.ko);
    }
    return o;
}

PersonName person(quint64 r)
{
    int total = 0;
    for (const Family &f : kFamilies)
        total += f.weight;
    int w = take(r, total);
    const Family *family = &kFamilies[0];
    for (const Family &f : kFamilies) {
        if (w < f.weight) {
            family = &f;
            break;
        }
        w -= f.weight;
    }
    const Pair &given = kGiven[take(r, count(kGiven))];
    return {s(family->ko) + s(given.ko), s(given.en), s(family->en)};
}

QString email(const PersonName &p, const QString &domain)
{
    return u"%1.%2@%3"_s.arg(p.givenEn.toLower(), p.familyEn.toLower(), domain);
}

QString phone(quint64 r)
{
    return u"010-%1-%2"_s.arg(2000 + take(r, 8000)).arg(take(r, 10000), 4, 10, QLatin1Char('0'));
}

QString reviewComment(double quality, quint64 r)
{
    const QString first = quality >= 0.7   ? pickText(kCommentsHigh, take(r, 4))
                          : quality >= 0.5 ? pickText(kCommentsMid, take(r, 4))
                                           : pickText(kCommentsLow, take(r, 4));
    return take(r, 3) == 0 ? first : first + u' ' + pickText(kCommentsAny, take(r, 4));
}

QString reviewerTitle(OrganizationType type, quint64 r)
{
    static const char16_t *const kUniversity[] = {u"교수", u"부교수", u"조교수", u"교수"};
    static const char16_t *const kInstitute[] = {u"책임연구원", u"선임연구원", u"수석연구원",
                                                 u"책임연구원"};
    static const char16_t *const kCompany[] = {u"연구소장", u"수석연구원", u"AI센터장",
                                               u"기술이사"};
    static const char16_t *const kAgency[] = {u"본부장", u"책임연구원", u"수석전문위원", u"팀장"};
    switch (type) {
    case OrganizationType::University:
        return pickText(kUniversity, r);
    case OrganizationType::ResearchInstitute:
        return pickText(kInstitute, r);
    case OrganizationType::PublicAgency:
        return pickText(kAgency, r);
    default:
        return pickText(kCompany, r);
    }
}

QString externalAffiliation(quint64 r)
{
    return pickText(kExternal, r);
}

QString conflictNote(quint64 r)
{
    return pickText(kConflictNotes, r);
}

QString maintenanceReason(quint64 r)
{
    return pickText(kMaintenance, r);
}

QString failedReason(quint64 r)
{
    return pickText(kFailed, r);
}

QString pledgeText()
{
    return u"본인은 첨단 GPU 지원 사업 과제 평가위원으로서 다음 사항을 준수할 것을 서약합니다. "
           "첫째, 평가 과정에서 알게 된 신청 과제의 내용과 평가 결과를 외부에 누설하거나 평가 "
           "이외의 목적으로 이용하지 않겠습니다. 둘째, 신청 기관과 이해관계가 있는 경우 즉시 "
           "신고하고 해당 과제의 평가에서 제외되겠습니다. 셋째, 공정하고 객관적으로 평가하며 "
           "평가 자료는 평가 종료 후 지체 없이 삭제하겠습니다. 이를 위반할 경우 관련 법령과 "
           "규정에 따른 책임을 지겠습니다."_s;
}

QString objectParticle(const QString &word)
{
    if (word.isEmpty())
        return u"를"_s;
    const char16_t last = word.back().unicode();
    if (last >= 0xAC00 && last <= 0xD7A3)
        return (last - 0xAC00) % 28 != 0 ? u"을"_s : u"를"_s;
    return u"를"_s;
}

} // namespace gpudesk::demo
