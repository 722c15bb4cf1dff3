// SPDX-License-Identifier: GPL-3.0-or-later
// The administration pages as an administrator drives them, on FleetSeed.h's profile: a new call
// typed into the form (refused while its weights do not add up, saved once they do), a screened
// call changed with a reason, a panel closed; a provider's racks built and a node list imported
// with its preview; a pool move refused by the allocation rules; a node taken out of service; a
// user created, disabled and given a new password. Dialogs run through the prompts' exec seam,
// which fills them in as a person would.
#include "../common/PromptRecorder.h"
#include "../common/FleetSeed.h"
#include "admin/CallEditorDialog.h"
#include "admin/CallOffersTable.h"
#include "admin/CallsPage.h"
#include "admin/InventoryItemDialog.h"
#include "admin/InventoryPage.h"
#include "admin/IssueList.h"
#include "admin/MovePoolDialog.h"
#include "admin/NodeImportDialog.h"
#include "admin/NodeStateDialog.h"
#include "admin/PasswordDialog.h"
#include "admin/PoolsPage.h"
#include "admin/RubricEditor.h"
#include "admin/UserDialog.h"
#include "admin/UsersPage.h"
#include "review/ReasonDialog.h"
#include "store/UserAdminRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

template <typename T>
T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

int count(Store &store, const QString &sql)
{
    return test::scalar(store.db(), sql).toInt();
}

} // namespace

class TestAdminPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    test::PromptRecorder m_rec;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithFleet(*m_dir);
        QVERIFY(m_store);
        QVERIFY(test::exec(*m_store, {u"INSERT INTO users (id, login, display_name, role) VALUES "
                                      "('u-officer', 'admin', '박준혁', 'administrator')"_s}));
        m_rec.clear();
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void newCallTypedIntoTheForm();
    void screenedCallChangedWithAReason();
    void closePanelAsksFirst();
    void buildAProvidersRackAndImportItsNodes();
    void poolMoveRefusedByTheRules();
    void nodeOutOfServiceWithAReason();
    void usersCreatedDisabledAndReset();
    void pagesLoadWhenFirstShown();
};

void TestAdminPages::newCallTypedIntoTheForm()
{
    CallsPage page(*m_store);
    page.setPrompts(m_rec.prompts());
    page.resize(1200, 700);
    page.show();
    QCOMPARE(page.proxy()->rowCount(), 1);
    bool sawRefusal = false;
    bool emptyRefused = false;
    m_rec.fill = [&](QDialog *d) {
        auto *dialog = qobject_cast<CallEditorDialog *>(d);
        if (!dialog)
            return false;
        auto *save = child<QPushButton>(dialog, "callSave");
        emptyRefused = !save->isEnabled();
        child<QLineEdit>(dialog, "callCode")->setText(u"2027-R1"_s);
        child<QLineEdit>(dialog, "callTitle")->setText(u"2027년 1차 공모"_s);
        child<QDateEdit>(dialog, "callOpens")->setDate(QDate(2027, 1, 4));
        child<QDateEdit>(dialog, "callCloses")->setDate(QDate(2027, 2, 5));
        CallOffersTable *offers = dialog->offersTable();
        offers->capBox(offers->rowOf(u"t-b200"_s))->setValue(8);
        offers->offeredBox(offers->rowOf(u"t-h200"_s))->setChecked(false);
        RubricEditor *rubric = dialog->rubricEditor();
        rubric->addCriterion(); // weight 100 left
        rubric->table()->item(0, RubricEditor::Name)->setText(u"기술성"_s);
        rubric->table()->item(0, RubricEditor::Weight)->setData(Qt::EditRole, 60);
        rubric->addCriterion(); // takes the 40 left
        rubric->table()->item(1, RubricEditor::Name)->setText(u"필요성"_s);
        rubric->table()->item(1, RubricEditor::Weight)->setData(Qt::EditRole, 30);
        // 90 of 100: the form says so and keeps Save off.
        sawRefusal = !save->isEnabled() &&
                     hasIssue(dialog->issueList()->issues(), u"rubric/weights"_s) &&
                     rubric->sumLabel()->text().contains(u"90"_s);
        rubric->table()->item(1, RubricEditor::Weight)->setData(Qt::EditRole, 40);
        if (!save->isEnabled())
            qWarning("%s", qPrintable(issueMessages(dialog->issueList()->issues()).join(u'\n')));
        save->click();
        return dialog->result() == QDialog::Accepted;
    };
    page.newCall();
    QVERIFY2(m_rec.warnings.isEmpty(), qPrintable(m_rec.warnings.join(u'\n')));
    QVERIFY(emptyRefused);
    QVERIFY(sawRefusal);
    QCOMPARE(page.proxy()->rowCount(), 2);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM calls WHERE code = '2027-R1'"_s), 1);
    QCOMPARE(count(*m_store, u"SELECT max_nodes FROM call_accelerators ca JOIN calls c ON c.id = "
                             "ca.call_id WHERE c.code = '2027-R1' AND ca.deleted = 0"_s),
             8);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM rubric_criteria r JOIN calls c ON c.id = "
                             "r.call_id WHERE c.code = '2027-R1'"_s),
             2);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM audit_log WHERE action = 'call_create'"_s), 1);
    QVERIFY(m_rec.warnings.isEmpty());

    // Copying it opens the form with its rules under a new code.
    QString copiedCode;
    m_rec.fill = [&](QDialog *d) {
        copiedCode = child<QLineEdit>(d, "callCode")->text();
        return false;
    };
    page.selectCall(test::scalar(m_store->db(), u"SELECT id FROM calls WHERE code = '2027-R1'"_s).toString());
    page.copyCall();
    QCOMPARE(copiedCode, u"2027-R1-copy"_s);
}

void TestAdminPages::screenedCallChangedWithAReason()
{
    // The seed's H200 pool is smaller than the call's cap; the rules would refuse any edit.
    QVERIFY(test::exec(*m_store, {u"INSERT INTO rubric_criteria (id, call_id, ordinal, name, weight) "
                                  "VALUES ('k1', 'c-r1', 1, '종합', 100)"_s,
                                  u"UPDATE pools SET capacity_nodes = 40 WHERE id = 'pl-h'"_s}));
    CallsPage page(*m_store);
    page.setPrompts(m_rec.prompts());
    page.show();
    page.selectCall(u"c-r1"_s);
    QString asked;
    bool noted = false;
    m_rec.fill = [&](QDialog *d) {
        if (auto *editor = qobject_cast<CallEditorDialog *>(d)) {
            noted = child<QLabel>(editor, "callScreenedNote")->isVisibleTo(editor);
            child<QSpinBox>(editor, "callWaitlist")->setValue(5);
            editor->accept();
            return editor->result() == QDialog::Accepted;
        }
        auto *reason = qobject_cast<ReasonDialog *>(d);
        if (!reason)
            return false;
        asked = reason->findChild<QLabel *>()->text();
        if (reason->okButton()->isEnabled())
            return false; // no reason yet
        reason->reasonEdit()->setPlainText(u"예비 과제 확대 (심의 결과)"_s);
        return reason->okButton()->isEnabled();
    };
    page.editCall();
    QVERIFY(noted);
    QVERIFY2(asked.contains(u"4 application(s)"_s) && asked.contains(u"Waitlist length: 0 → 5"_s),
             qPrintable(asked));
    QCOMPARE(count(*m_store, u"SELECT waitlist_length FROM calls WHERE id = 'c-r1'"_s), 5);
    QVERIFY(test::scalar(m_store->db(), u"SELECT details FROM audit_log WHERE action = 'call_change'"_s)
                .toString()
                .contains(u"예비 과제 확대"_s));
}

void TestAdminPages::closePanelAsksFirst()
{
    CallsPage page(*m_store);
    page.setPrompts(m_rec.prompts());
    page.show();
    page.selectCall(u"c-r1"_s);
    QVERIFY(child<QPushButton>(&page, "closePanelButton")->isEnabled());
    page.closePanel();
    QCOMPARE(m_rec.confirms.size(), 1);
    QVERIFY(m_rec.confirms[0].contains(u"2025-R1"_s));
    QCOMPARE(count(*m_store, u"SELECT panel_closed_at IS NOT NULL FROM calls WHERE id = 'c-r1'"_s), 1);
    page.selectCall(u"c-r1"_s);
    QVERIFY(!child<QPushButton>(&page, "closePanelButton")->isEnabled());
}

void TestAdminPages::buildAProvidersRackAndImportItsNodes()
{
    InventoryPage page(*m_store);
    page.setPrompts(m_rec.prompts());
    page.resize(1300, 700);
    page.show();
    QCOMPARE(page.nodeProxy()->rowCount(), 30);
    // A row at the site, then a rack in it.
    QVERIFY(page.selectItem(InventoryKind::Cluster, u"cl-b"_s));
    m_rec.fill = [](QDialog *d) {
        child<QLineEdit>(d, "itemName")->setText(u"C"_s);
        d->accept();
        return d->result() == QDialog::Accepted;
    };
    page.add(InventoryKind::Row);
    QVERIFY(page.selectItem(InventoryKind::Cluster, u"cl-b"_s));
    m_rec.fill = [](QDialog *d) {
        child<QLineEdit>(d, "itemName")->setText(u"c1"_s);
        auto *row = child<QComboBox>(d, "itemRow");
        row->setCurrentIndex(row->findText(u"C"_s));
        d->accept();
        return d->result() == QDialog::Accepted;
    };
    page.add(InventoryKind::Rack);
    QVERIFY(m_rec.warnings.isEmpty());
    const QString rack = test::scalar(m_store->db(), u"SELECT id FROM racks WHERE name = 'c1'"_s).toString();
    QVERIFY(!rack.isEmpty());
    QVERIFY(page.selectItem(InventoryKind::Rack, rack));

    // A name already taken is refused by the form itself.
    m_rec.fill = [](QDialog *d) {
        child<QLineEdit>(d, "itemName")->setText(u"a1"_s);
        d->accept();
        return d->result() == QDialog::Accepted;
    };
    page.add(InventoryKind::Rack);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM racks"_s), 6);

    // The node list: previewed with its problems, then imported whole.
    m_rec.fill = [&](QDialog *d) {
        auto *dialog = qobject_cast<NodeImportDialog *>(d);
        dialog->previewFile(QStringLiteral(GPUDESK_TEST_DATA) + u"/nodes/bad-rows.csv"_s);
        if (dialog->importButton()->isEnabled() || !dialog->summary()->text().contains(u"11 with problems"_s))
            return false;
        dialog->previewFile(QStringLiteral(GPUDESK_TEST_DATA) + u"/nodes/good.csv"_s);
        if (!dialog->importButton()->isEnabled())
            return false;
        dialog->importButton()->click();
        return dialog->result() == QDialog::Accepted;
    };
    page.importNodeList();
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM nodes"_s), 33);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM audit_log WHERE action = 'inventory_add' AND entity = 'node'"_s), 3);
    QVERIFY(page.selectItem(InventoryKind::Provider, u"pv-k"_s));
    QTRY_COMPARE(page.nodeProxy()->rowCount(), 33);
}

void TestAdminPages::poolMoveRefusedByTheRules()
{
    const qint64 now = Store::nowMs();
    QVERIFY(test::exec(*m_store,
                       {u"INSERT INTO grants (id, application_id, accelerator_type_id, pool_id, nodes, "
                        "starts_at, ends_at) VALUES ('g1', 'ap-b', 't-b200', 'pl-b', 1, %1, %2)"_s
                            .arg(now - 86400000)
                            .arg(now + 30 * 86400000LL),
                        u"INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at) "
                        "SELECT 'al1', 'g1', 'n-a1-01', starts_at, ends_at FROM grants"_s}));
    InventoryPage page(*m_store);
    page.setPrompts(m_rec.prompts());
    page.show();
    page.selectNodes({u"a1-01"_s, u"a1-02"_s});
    QCOMPARE(page.selectedNodeIds().size(), 2);
    QString refusal;
    m_rec.fill = [&](QDialog *d) {
        auto *dialog = qobject_cast<MovePoolDialog *>(d);
        dialog->setPool(u"pl-nat"_s);
        refusal = child<QLabel>(dialog, "moveResult")->text();
        return dialog->okButton()->isEnabled();
    };
    page.moveToPool();
    QVERIFY2(refusal.contains(u"R1-0101"_s), qPrintable(refusal));
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM nodes WHERE pool_id = 'pl-nat'"_s), 4);
    // Without the allocated node, the move goes through.
    page.selectNodes({u"a1-02"_s});
    page.moveToPool();
    QCOMPARE(count(*m_store, u"SELECT pool_id = 'pl-nat' FROM nodes WHERE id = 'n-a1-02'"_s), 1);
}

void TestAdminPages::nodeOutOfServiceWithAReason()
{
    InventoryPage page(*m_store);
    page.setPrompts(m_rec.prompts());
    page.show();
    page.selectNodes({u"a1-03"_s});
    m_rec.fill = [](QDialog *d) {
        auto *dialog = qobject_cast<NodeStateDialog *>(d);
        dialog->setState(NodeState::Failed);
        if (dialog->okButton()->isEnabled())
            return false; // no reason yet
        dialog->reasonEdit()->setPlainText(u"GPU 3 XID 79"_s);
        return dialog->okButton()->isEnabled();
    };
    page.setNodeState();
    QCOMPARE(test::scalar(m_store->db(), u"SELECT state || ':' || state_reason FROM nodes WHERE id = 'n-a1-03'"_s)
                 .toString(),
             u"failed:GPU 3 XID 79"_s);
    QTRY_VERIFY(page.nodeProxy()->match(page.nodeProxy()->index(0, InventoryPage::Reason), Qt::DisplayRole,
                                        u"GPU 3 XID 79"_s).size() == 1);
}

void TestAdminPages::usersCreatedDisabledAndReset()
{
    m_store->setCurrentUser(u"u-officer"_s, u"박준혁"_s);
    UsersPage page(*m_store);
    page.setPrompts(m_rec.prompts());
    page.show();
    const int before = page.model()->rowCount();
    m_rec.fill = [](QDialog *d) {
        child<QLineEdit>(d, "userLogin")->setText(u"kim.sy"_s);
        child<QLineEdit>(d, "userName")->setText(u"김서연"_s);
        auto *role = child<QComboBox>(d, "userRole");
        role->setCurrentIndex(role->findData(u"manager"_s));
        child<QLineEdit>(d, "userPassword")->setText(u"first-pass-2026"_s);
        child<QLineEdit>(d, "userPasswordRepeat")->setText(u"first-pass-2026"_s);
        d->accept();
        return d->result() == QDialog::Accepted;
    };
    page.newUser();
    QCOMPARE(page.model()->rowCount(), before + 1);
    const QString id = test::scalar(m_store->db(), u"SELECT id FROM users WHERE login = 'kim.sy'"_s).toString();
    QCOMPARE(page.currentUserId(), id);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM local_credentials WHERE user_id = (SELECT id FROM "
                             "users WHERE login = 'kim.sy')"_s),
             1);
    page.toggleDisabled();
    QCOMPARE(count(*m_store, u"SELECT disabled FROM users WHERE login = 'kim.sy'"_s), 1);
    // Nobody disables the last administrator, not even by mistake.
    page.selectUser(u"u-officer"_s);
    page.toggleDisabled();
    QCOMPARE(m_rec.warnings.size(), 1);
    QCOMPARE(count(*m_store, u"SELECT disabled FROM users WHERE id = 'u-officer'"_s), 0);
    page.selectUser(id);
    m_rec.fill = [](QDialog *d) {
        auto *dialog = qobject_cast<PasswordDialog *>(d);
        dialog->newEdit()->setText(u"second-pass"_s);
        dialog->repeatEdit()->setText(u"second-pas"_s);
        if (dialog->okButton()->isEnabled())
            return false; // the entries differ
        dialog->repeatEdit()->setText(u"second-pass"_s);
        return dialog->okButton()->isEnabled();
    };
    page.resetPassword();
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM audit_log WHERE action = 'password_reset'"_s), 1);
}

// The Administration area builds every page at start-up: none may read the profile until it is
// shown, and a write while it is hidden is picked up when it is.
void TestAdminPages::pagesLoadWhenFirstShown()
{
    CallsPage calls(*m_store);
    InventoryPage inventory(*m_store);
    PoolsPage pools(*m_store);
    UsersPage users(*m_store);
    QCOMPARE(calls.proxy()->rowCount(), 0);
    QCOMPARE(inventory.tree()->topLevelItemCount(), 0);
    QCOMPARE(pools.model()->rowCount(), 0);
    QCOMPARE(users.model()->rowCount(), 0);
    calls.show();
    inventory.show();
    pools.show();
    users.show();
    QCOMPARE(calls.proxy()->rowCount(), 1);
    QVERIFY(inventory.tree()->topLevelItemCount() > 0);
    const int poolRows = pools.model()->rowCount();
    QVERIFY(poolRows > 0);
    const int userRows = users.model()->rowCount();
    QVERIFY(userRows > 0);
    users.hide();
    m_store->setCurrentUser(u"u-officer"_s, u"박준혁"_s);
    UserDraft draft;
    draft.login = u"jung.hn"_s;
    draft.displayName = u"정하늘"_s;
    QString error;
    QVERIFY2(UserAdminRepository(*m_store).saveUser(draft, {}, &error), qPrintable(error));
    QCOMPARE(users.model()->rowCount(), userRows);
    users.show();
    QCOMPARE(users.model()->rowCount(), userRows + 1);
}

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
