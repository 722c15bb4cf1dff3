// SPDX-License-Identifier: GPL-3.0-or-later
// A program made entirely from the Programs area, as an officer would: the editor refuses until
// the program is complete (code, name, capacity, rubric), creates it with its year-1 round, the
// teams dialog adds a project holding nodes (and removes one after a reason, by the Delete key),
// an edit needs a reason, year 2 opens from the GUI-made program with its team, and once the
// evaluation is scored the program can no longer be edited.
#include "../common/TracksSeed.h"
#include "admin/IssueList.h"
#include "admin/RubricEditor.h"
#include "domain/TimeFormat.h"
#include "store/ProgramRepository.h"
#include "store/ProgramSetupRepository.h"
#include "tracks/ProgramDialog.h"
#include "tracks/ProgramTeamsDialog.h"
#include "tracks/ProgramsArea.h"
#include "tracks/ShareRuleFields.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestProgramSetup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProgramsArea> m_area;
    QStringList m_warnings;
    QString m_programId;

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        return test::scalar(m_store->db(), sql, values);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
        QVERIFY(test::seedTracks(*m_store));
        // A project of the open call holding two B200 nodes: the team to be.
        const qint64 start = test::seoulMidnight(2030, 3, 1);
        const qint64 end = test::seoulMidnight(2031, 3, 1);
        QVERIFY(test::exec(
            *m_store,
            {u"INSERT INTO applications (id, call_id, organization_id, code, title, pi_name, "
             "pi_email, accelerator_type_id, requested_gpus, requested_nodes, months, "
             "desired_start, submitted_at, status, granted_nodes) VALUES ('ap-free', 'c-r1', "
             "'o-start', '2025-R1-0101', '국산 모델 연구', '책임자', 'lead@deepfine.kr', 't-b200', "
             "16, 2, 12, '2030-03-01', 1, 'active', 2)"_s,
             u"INSERT INTO grants (id, application_id, accelerator_type_id, pool_id, nodes, "
             "starts_at, ends_at, status) VALUES ('g-free', 'ap-free', 't-b200', 'pl-o', 2, %1, "
             "%2, 'active')"_s.arg(start)
                 .arg(end),
             u"INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at) VALUES "
             "('al-f1', 'g-free', 'tn-o1-01', %1, %2), ('al-f2', 'g-free', 'tn-o1-02', %1, %2)"_s
                 .arg(start)
                 .arg(end)}));
        m_area = std::make_unique<ProgramsArea>(*m_store);
        m_area->resize(1366, 700);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    }
    void cleanupTestCase()
    {
        m_area.reset();
        m_store.reset();
    }

    void createsAProgram()
    {
        QStringList blankIssues;
        bool cleanWhenFilled = false;
        ProgramsArea::Prompts prompts;
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        prompts.askProgram = [&](QWidget *, Store &store, const ProgramDraft &draft) {
            ProgramDialog dialog(store, draft);
            dialog.show();
            for (const ValidationIssue &i : dialog.issueList()->issues())
                blankIssues << i.field.section(u'/', 0, 0);
            const bool refusedBlank = !dialog.saveButton()->isEnabled();
            RubricCriterion results;
            results.name = u"연차 성과"_s;
            results.weight = 70;
            RubricCriterion plan = results;
            plan.name = u"차년도 계획"_s;
            plan.weight = 30;
            dialog.rubricEditor()->setRubric({results, plan}); // judged with the next edit
            QTest::keyClicks(dialog.codeEdit(), u"NPU"_s);
            dialog.nameEdit()->setText(u"국산 NPU 실증 사업"_s); // keyClicks is ASCII only
            dialog.teamsBox()->setValue(3);
            dialog.ruleFields()->capacity()->setValue(8);
            dialog.ruleFields()->minimum()->setValue(2);
            cleanWhenFilled =
                refusedBlank && dialog.issueList()->isClean() && dialog.saveButton()->isEnabled();
            return std::optional<ProgramsArea::ProgramAnswer>({dialog.program(), QString()});
        };
        m_area->setPrompts(prompts);
        QVERIFY(m_area->newProgramButton()->isVisible());
        m_area->newProgram();
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
        QVERIFY(blankIssues.contains(u"code"_s));
        QVERIFY(blankIssues.contains(u"name"_s));
        QVERIFY(blankIssues.contains(u"rubric"_s));
        QVERIFY(cleanWhenFilled);

        m_programId = scalar(u"SELECT id FROM programs WHERE code = 'NPU'"_s).toString();
        QVERIFY(!m_programId.isEmpty());
        QCOMPARE(m_area->programSelector()->count(), 2);
        QCOMPARE(m_area->currentProgram(), m_programId);
        QVERIFY(m_area->ruleLabel()->text().contains(u"8 nodes a year"_s));
        // Its year 1 is a closed round of the evaluation type, holding the rubric.
        const QString year1 =
            scalar(u"SELECT call_id FROM program_rounds WHERE program_id = ? AND year = 1"_s,
                   {m_programId})
                .toString();
        QCOMPARE(scalar(u"SELECT code || ' ' || stage || ' ' || call_type_id FROM calls "
                        "WHERE id = ?"_s,
                        {year1})
                     .toString(),
                 u"NPU-Y1 closed ct-annual"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM rubric_criteria WHERE call_id = ?"_s, {year1}),
                 QVariant(2));
        QCOMPARE(scalar(u"SELECT pool_id FROM call_accelerators WHERE call_id = ?"_s, {year1}),
                 QVariant(u"pl-n"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'program_create'"_s),
                 QVariant(1));
    }

    void addsAndRemovesTeams()
    {
        QStringList candidates, messages;
        int teamsAfterAdd = -1, teamsAfterRemove = -1, teamsAfterReadd = -1;
        bool askedWhy = false;
        ProgramsArea::Prompts prompts;
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        prompts.editTeams = [&](QWidget *, Store &store, const QString &programId) {
            ProgramTeamsDialog dialog(store, programId);
            dialog.setAskReason([&](QWidget *, const QString &) {
                askedWhy = true;
                return u"중복 지원 확인"_s;
            });
            dialog.show();
            for (int r = 0; r < dialog.candidatesTable()->rowCount(); ++r)
                candidates << dialog.candidatesTable()->item(r, 0)->text();
            dialog.candidatesTable()->selectRow(0);
            dialog.candidatesTable()->setFocus();
            QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
            messages << dialog.messageLabel()->text();
            teamsAfterAdd = dialog.teamsTable()->rowCount();
            dialog.teamsTable()->setFocus();
            dialog.teamsTable()->selectRow(0);
            QTest::keyClick(dialog.teamsTable(), Qt::Key_Delete);
            messages << dialog.messageLabel()->text();
            teamsAfterRemove = dialog.teamsTable()->rowCount();
            dialog.candidatesTable()->selectRow(0);
            dialog.nameEdit()->setText(u"딥파인 NPU 팀"_s);
            QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
            teamsAfterReadd = dialog.teamsTable()->rowCount();
        };
        m_area->setPrompts(prompts);
        m_area->editTeams();
        // Only the free project is offered: the WBL teams are in a program already.
        QCOMPARE(candidates, QStringList{u"2025-R1-0101"_s});
        QCOMPARE(teamsAfterAdd, 1);
        QVERIFY(askedWhy);
        QCOMPARE(teamsAfterRemove, 0);
        QCOMPARE(teamsAfterReadd, 1);
        QVERIFY2(messages.first().contains(u"2025-R1-0101"_s), qPrintable(messages.first()));
        QCOMPARE(scalar(u"SELECT name FROM program_teams WHERE program_id = ? AND deleted = 0"_s,
                        {m_programId}),
                 QVariant(u"딥파인 NPU 팀"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM program_entries WHERE application_id = 'ap-free' "
                        "AND deleted = 0 AND year = 1"_s),
                 QVariant(1));
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action IN ('program_team_add', "
                        "'program_team_remove')"_s),
                 QVariant(3));
        // The year-1 round shows the team with the nodes its project holds.
        QString error;
        const QString year1 = ProgramRepository(*m_store).rounds(m_programId).first().callId;
        const auto view = ProgramRepository(*m_store).roundView(year1, RankBy::Raw, &error);
        QVERIFY2(view, qPrintable(error));
        QCOMPARE(view->teams.size(), 1);
        QCOMPARE(view->teams.first().placedNodes, 2);
        // A project of another type, or one without nodes, is refused with the reason.
        QVERIFY(!ProgramSetupRepository(*m_store).addTeam(m_programId, u"ap-ya"_s, u"X"_s, &error));
        QVERIFY2(error.contains(u"team of program WBL"_s), qPrintable(error));
    }

    void editingNeedsAReason()
    {
        int asked = 0;
        ProgramsArea::Prompts prompts;
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        prompts.askProgram = [&](QWidget *, Store &, const ProgramDraft &draft) {
            ProgramDraft p = draft;
            p.name = u"국산 NPU 실증 프로젝트"_s;
            p.rule.capacityNodes = 10;
            return std::optional<ProgramsArea::ProgramAnswer>(
                {p, ++asked == 1 ? QString() : u"예산 증액"_s});
        };
        m_area->setPrompts(prompts);
        QVERIFY(m_area->editProgramButton()->isEnabled());
        m_area->editProgram();
        QCOMPARE(asked, 2); // refused without a reason, saved with one
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY2(m_warnings.first().contains(u"reason"_s), qPrintable(m_warnings.first()));
        m_warnings.clear();
        QCOMPARE(scalar(u"SELECT name || ' ' || capacity_nodes FROM programs WHERE id = ?"_s,
                        {m_programId}),
                 QVariant(u"국산 NPU 실증 프로젝트 10"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'program_change'"_s),
                 QVariant(1));
    }

    void yearTwoOpensAndScoringLocksIt()
    {
        const QDate today = displayDate(Store::nowMs());
        QString error, callId;
        QVERIFY2(ProgramRepository(*m_store).createRound(
                     m_programId, {today.addDays(10), today.addDays(30)}, &error, &callId),
                 qPrintable(error));
        const QString entry =
            scalar(u"SELECT e.application_id FROM program_entries e JOIN applications a ON "
                   "a.id = e.application_id WHERE e.year = 2 AND a.call_id = ?"_s,
                   {callId})
                .toString();
        QVERIFY(!entry.isEmpty());
        QCOMPARE(scalar(u"SELECT requested_nodes FROM applications WHERE id = ?"_s, {entry}),
                 QVariant(2));
        // Teams no longer change once year 2 is open.
        QVERIFY(!ProgramSetupRepository(*m_store).removeTeam(
            m_programId,
            scalar(u"SELECT id FROM program_teams WHERE program_id = ? AND deleted = 0"_s,
                   {m_programId})
                .toString(),
            u"x"_s, &error));
        QVERIFY2(error.contains(u"Year 2's round is open"_s), qPrintable(error));
        // Scored: the program is locked and says why.
        QVERIFY(test::addSubmittedReviews(*m_store, entry, {80}));
        QVERIFY(ProgramSetupRepository(*m_store).lockedReason(m_programId).contains(u"begun"_s));
        m_area->editProgram();
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY2(m_warnings.first().contains(u"begun"_s), qPrintable(m_warnings.first()));
        auto draft = ProgramSetupRepository(*m_store).load(m_programId);
        QVERIFY(draft);
        QVERIFY(!ProgramSetupRepository(*m_store).save(*draft, u"again"_s, &error));
        QVERIFY2(error.contains(u"evaluation has begun"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestProgramSetup)
#include "tst_programsetup.moc"
