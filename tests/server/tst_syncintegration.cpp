// SPDX-License-Identifier: GPL-3.0-or-later
// Real desktops' stores syncing with the real server on a loopback port over real TLS (the
// private CA of `init`): officers share their edits, a reviewer sees only their own, a push
// whose answer was lost is applied once, a pull cut short keeps the pages that arrived, a large
// pull builds its indexes once at the end, conflicts and rejections come back, and a changed
// certificate is refused.
#include "SyncDesktop.h"
#include "store/ReviewerWorkspace.h"
#include "sync/ServerTrust.h"

#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

namespace {

// Passes the request to the real transport and then loses the answer, once: the server has
// committed, the desktop never hears of it (a cut after the commit).
class LoseFirstPushReply final : public SyncTransport
{
public:
    explicit LoseFirstPushReply(SyncTransport &real) : m_real(real) {}
    TransportReply post(const QString &path, const QByteArray &body) override
    {
        TransportReply reply = m_real.post(path, body);
        if (path.endsWith(u"/push"_s) && !m_lost) {
            m_lost = true;
            TransportReply cut;
            cut.failure = TransportFailure::Unreachable;
            cut.detail = u"connection reset after the request was sent"_s;
            return cut;
        }
        return reply;
    }
    bool lost() const { return m_lost; }

private:
    SyncTransport &m_real;
    bool m_lost = false;
};

// Cuts the connection on the third pull: two pages have arrived, the third never does.
class CutThirdPull final : public SyncTransport
{
public:
    explicit CutThirdPull(SyncTransport &real) : m_real(real) {}
    TransportReply post(const QString &path, const QByteArray &body) override
    {
        if (path.endsWith(u"/pull"_s) && ++m_pulls == 3) {
            TransportReply cut;
            cut.failure = TransportFailure::Unreachable;
            cut.detail = u"connection reset"_s;
            return cut;
        }
        return m_real.post(path, body);
    }

private:
    SyncTransport &m_real;
    int m_pulls = 0;
};

} // namespace

class TestSyncIntegration : public QObject
{
    Q_OBJECT

    std::unique_ptr<RunningServer> m_server;

    QVariant onServer(const QString &sql)
    {
        return scalar(m_server->store->sharedStore().db(), sql);
    }

    std::unique_ptr<SyncDesktop> desktop(const QString &login)
    {
        auto d = std::make_unique<SyncDesktop>();
        if (!d->open(*m_server))
            return nullptr;
        const SignInResult r = d->signIn(login);
        if (!r.ok) {
            qWarning("sign-in of %s failed: %s %s", qPrintable(login), qPrintable(r.code),
                     qPrintable(r.detail));
            return nullptr;
        }
        const SyncRunReport first = d->sync();
        if (first.result != SyncRunReport::Result::Done) {
            qWarning("first sync failed: %s %s", qPrintable(first.code), qPrintable(first.detail));
            return nullptr;
        }
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<RunningServer>();
        QVERIFY(m_server->init(false));
        QVERIFY(m_server->start());
        QVERIFY(seedSyncServer(*m_server));
    }

    void cleanupTestCase() { m_server.reset(); }

    void signInNeedsTheRightPassword()
    {
        SyncDesktop d;
        QVERIFY(d.open(*m_server));
        const SignInResult wrong = d.signIn(u"officer2"_s, u"not-the-password"_s);
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.code, u"auth.bad_credentials"_s);
        // Without a token the sync is refused as signed out, not as an error.
        QCOMPARE(d.sync().result, SyncRunReport::Result::SignedOut);
    }

    void officersShareTheirEdits()
    {
        auto a = desktop(u"officer"_s);
        auto b = desktop(u"officer2"_s);
        QVERIFY(a && b);
        // The first sync brought every row, with the server's versions.
        QCOMPARE(a->value(u"SELECT count(*) FROM applications"_s).toInt(),
                 onServer(u"SELECT count(*) FROM applications"_s).toInt());
        QCOMPARE(a->value(u"SELECT count(*) FROM nodes"_s).toInt(), 30);
        QCOMPARE(a->value(u"SELECT count(*) FROM applications WHERE version = 0"_s).toInt(), 0);
        QCOMPARE(a->value(u"SELECT content FROM documents WHERE id = 'd-1'"_s).toByteArray(),
                 u"연구 계획서 본문"_s.toUtf8());
        // An edit on one desktop reaches the other.
        QVERIFY(a->edit({u"UPDATE applications SET summary = '대규모 언어 모델 사전학습' "
                         "WHERE id = 'a2'"_s}));
        const SyncRunReport pushed = a->sync();
        QCOMPARE(pushed.result, SyncRunReport::Result::Done);
        QCOMPARE(pushed.push.applied, 1);
        QCOMPARE(a->value(u"SELECT count(*) FROM outbox"_s).toInt(), 0);
        QCOMPARE(b->sync().result, SyncRunReport::Result::Done);
        QCOMPARE(b->value(u"SELECT summary FROM applications WHERE id = 'a2'"_s).toString(),
                 u"대규모 언어 모델 사전학습"_s);
        QCOMPARE(b->value(u"SELECT version FROM applications WHERE id = 'a2'"_s),
                 a->value(u"SELECT version FROM applications WHERE id = 'a2'"_s));
    }

    void reviewerSeesOnlyOwnAndTheirReviewReachesOfficers()
    {
        auto reviewer = desktop(u"reviewer01"_s);
        QVERIFY(reviewer);
        QCOMPARE(reviewer->value(u"SELECT group_concat(id) FROM (SELECT id FROM reviewers ORDER "
                                 "BY id)"_s)
                     .toString(),
                 u"rv-1"_s);
        QCOMPARE(reviewer->value(u"SELECT count(*) FROM reviews WHERE reviewer_id <> 'rv-1'"_s)
                     .toInt(),
                 0);
        QCOMPARE(reviewer->value(u"SELECT count(*) FROM users"_s).toInt(), 1);
        QCOMPARE(reviewer->value(u"SELECT count(*) FROM nodes"_s).toInt(), 0);
        QCOMPARE(reviewer->value(u"SELECT count(*) FROM applications WHERE id = 'a3'"_s).toInt(),
                 0);
        // The reviewer works in their own area, offline, as usual; then syncs.
        ReviewerWorkspace workspace(*reviewer->store, u"u-rev1"_s);
        QVERIFY(workspace.isValid());
        QString error;
        QVERIFY2(workspace.acceptPledge(u"c-r1"_s, &error), qPrintable(error));
        const QHash<QString, int> scores{
            {u"k-tech"_s, 8}, {u"k-feas"_s, 7}, {u"k-need"_s, 9}, {u"k-impact"_s, 4}};
        QVERIFY2(workspace.saveDraft(u"as-1"_s, scores, u"충실한 계획"_s, &error),
                 qPrintable(error));
        QVERIFY2(workspace.submit(u"as-1"_s, &error), qPrintable(error));
        const SyncRunReport report = reviewer->sync();
        QCOMPARE(report.result, SyncRunReport::Result::Done);
        QCOMPARE(report.push.rejected, 0);
        QCOMPARE(onServer(u"SELECT status FROM reviews WHERE assignment_id = 'as-1'"_s).toString(),
                 u"submitted"_s);
        auto officer = desktop(u"officer"_s);
        QVERIFY(officer);
        QCOMPARE(officer->value(u"SELECT comment FROM reviews WHERE assignment_id = 'as-1'"_s)
                     .toString(),
                 u"충실한 계획"_s);
    }

    void aPushWhoseAnswerWasLostIsAppliedOnce()
    {
        auto a = desktop(u"officer"_s);
        QVERIFY(a);
        QVERIFY(a->edit({u"UPDATE applications SET months = months + 1 WHERE id = 'a4'"_s}));
        const int months = a->value(u"SELECT months FROM applications WHERE id = 'a4'"_s).toInt();
        LoseFirstPushReply cut(*a->transport);
        const SyncRunReport offline = a->sync(&cut);
        QVERIFY(cut.lost());
        QCOMPARE(offline.result, SyncRunReport::Result::Offline);
        QCOMPARE(a->value(u"SELECT count(*) FROM outbox WHERE sent_at > 0"_s).toInt(), 1);
        const qint64 feed = onServer(u"SELECT max(seq) FROM sync_feed"_s).toLongLong();
        // The next run sends the same mutation; the server answers from its record.
        const SyncRunReport again = a->sync();
        QCOMPARE(again.result, SyncRunReport::Result::Done);
        QCOMPARE(again.push.applied, 1);
        QCOMPARE(onServer(u"SELECT max(seq) FROM sync_feed"_s).toLongLong(), feed);
        QCOMPARE(onServer(u"SELECT months FROM applications WHERE id = 'a4'"_s).toInt(), months);
        QCOMPARE(a->value(u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    }

    void aCutPullKeepsThePagesThatArrived()
    {
        SyncDesktop d;
        QVERIFY(d.open(*m_server));
        QVERIFY(d.signIn(u"officer"_s).ok);
        CutThirdPull cut(*d.transport);
        SyncEngine engine(*d.store, d.store->db(), cut);
        engine.setPullLimit(20);
        engine.setApplyRows(1000000); // pages wait to be written together until the run ends
        const SyncRunReport offline = engine.run();
        QCOMPARE(offline.result, SyncRunReport::Result::Offline);
        // The two pages that arrived were written with the second one's cursor.
        QCOMPARE(offline.pages, 2);
        QVERIFY(offline.pulledRows > 0);
        const qint64 cursor = SyncState::progress(d.store->db()).cursor;
        QVERIFY(cursor >= 40);
        QVERIFY(cursor < onServer(u"SELECT max(seq) FROM sync_feed"_s).toLongLong());
        // The next run goes on from there and ends in agreement with the server.
        const SyncRunReport rest = d.sync();
        QCOMPARE(rest.result, SyncRunReport::Result::Done);
        QCOMPARE(d.value(u"SELECT count(*) FROM applications"_s).toInt(),
                 onServer(u"SELECT count(*) FROM applications"_s).toInt());
        QCOMPARE(d.value(u"SELECT count(*) FROM nodes"_s).toInt(), 30);
    }

    void aLargePullBuildsItsIndexesOnceWhateverEndsIt()
    {
        SyncDesktop d;
        QVERIFY(d.open(*m_server));
        QVERIFY(d.signIn(u"officer"_s).ok);
        const QString schema =
            u"SELECT group_concat(name || ':' || sql, '\n') FROM (SELECT name, sql FROM "
            "sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)"_s;
        const QString indexes = d.value(schema).toString();
        QVERIFY(indexes.contains(u"reviews_app:"_s));
        {
            // Cut short: the indexes set aside are back when the run ends all the same.
            CutThirdPull cut(*d.transport);
            SyncEngine engine(*d.store, d.store->db(), cut);
            engine.setPullLimit(20);
            engine.setSetAsideRows(1);
            QCOMPARE(engine.run().result, SyncRunReport::Result::Offline);
            QCOMPARE(d.value(schema).toString(), indexes);
            QCOMPARE(d.value(u"SELECT count(*) FROM index_set_aside"_s).toInt(), 0);
        }
        SyncEngine engine(*d.store, d.store->db(), *d.transport);
        engine.setPullLimit(20);
        engine.setSetAsideRows(1);
        const SyncRunReport done = engine.run();
        QCOMPARE(done.result, SyncRunReport::Result::Done);
        QCOMPARE(d.value(schema).toString(), indexes);
        // Built from the rows that arrived: every index agrees with its table.
        QCOMPARE(d.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(d.value(u"SELECT count(*) FROM applications"_s).toInt(),
                 onServer(u"SELECT count(*) FROM applications"_s).toInt());
    }

    void conflictsAndRejectionsComeBack()
    {
        auto a = desktop(u"officer"_s);
        auto b = desktop(u"officer2"_s);
        QVERIFY(a && b);
        // The same field, edited offline on both desktops.
        QVERIFY(a->edit({u"UPDATE applications SET title_en = 'Title from A' WHERE id = 'a1'"_s}));
        QVERIFY(b->edit({u"UPDATE applications SET title_en = 'Title from B', pi_email = "
                         "'pi@b.example' WHERE id = 'a1'"_s}));
        QCOMPARE(a->sync().push.applied, 1);
        const SyncRunReport report = b->sync();
        QCOMPARE(report.result, SyncRunReport::Result::Done);
        QCOMPARE(report.push.conflicts, 1);
        // B shows the server's value, keeps its own merged field, and has a conflict to resolve.
        QCOMPARE(b->value(u"SELECT title_en FROM applications WHERE id = 'a1'"_s).toString(),
                 u"Title from A"_s);
        QCOMPARE(b->value(u"SELECT pi_email FROM applications WHERE id = 'a1'"_s).toString(),
                 u"pi@b.example"_s);
        const QJsonObject fields =
            QJsonDocument::fromJson(
                b->value(u"SELECT fields FROM sync_conflicts WHERE row_id = 'a1'"_s)
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(fields.value(u"title_en"_s).toObject().value(u"client"_s).toString(),
                 u"Title from B"_s);
        QCOMPARE(fields.value(u"title_en"_s).toObject().value(u"server"_s).toString(),
                 u"Title from A"_s);

        // A submitted review edited behind the workspace's back: refused, undone, listed.
        auto reviewer = desktop(u"reviewer02"_s);
        QVERIFY(reviewer);
        QVERIFY(reviewer->edit({u"UPDATE reviews SET comment = 'changed after submit' WHERE id "
                                "= 'rw-3'"_s}));
        const SyncRunReport refused = reviewer->sync();
        QCOMPARE(refused.push.rejected, 1);
        QCOMPARE(reviewer->value(u"SELECT comment FROM reviews WHERE id = 'rw-3'"_s).toString(),
                 QString::fromUtf8(kSecretComment));
        QCOMPARE(reviewer->value(u"SELECT code FROM sync_rejections WHERE row_id = 'rw-3'"_s)
                     .toString(),
                 u"review.locked"_s);
    }

    void aChangedCertificateIsRefused()
    {
        // First contact: the fingerprint shown is the CA's that `init` printed.
        const QString url = u"https://localhost:%1"_s.arg(m_server->port());
        const ServerTrust::Probe probe = ServerTrust::probe(url);
        QVERIFY2(probe.reached, qPrintable(probe.error));
        QCOMPARE(probe.fingerprint, m_server->report.caFingerprint);
        // Pinned, it works.
        const QString pinnedPem = QString::fromLatin1(probe.anchor.toPem());
        HttpsTransport pinned(url, pinnedPem, probe.fingerprint);
        QCOMPARE(SyncAccount::signIn(pinned, u"officer"_s, QString::fromLatin1(kSyncPassword)).ok,
                 true);
        // Another server (its own CA) at an address the profile pinned: refused, and said so.
        RunningServer other;
        QVERIFY(other.init(false));
        QVERIFY(other.start());
        HttpsTransport moved(u"https://localhost:%1"_s.arg(other.port()), pinnedPem,
                             probe.fingerprint);
        const TransportReply reply = moved.post(u"/api/login"_s, "{}");
        QCOMPARE(reply.failure, TransportFailure::CertificateChanged);
        QCOMPARE(reply.presentedSha256, other.report.caFingerprint);
        // With a configured CA (not pinned) the same server is merely untrusted.
        HttpsTransport configured(u"https://localhost:%1"_s.arg(other.port()), caPemOf(*m_server),
                                  QString());
        QCOMPARE(configured.post(u"/api/login"_s, "{}").failure, TransportFailure::TlsUntrusted);
    }
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "tst_syncintegration.moc"
