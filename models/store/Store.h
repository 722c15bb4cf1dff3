// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace gpudesk {

// Why a profile could not be opened; each case has its own message and way out in the GUI.
enum class OpenError
{
    None,
    NotADatabase,    // not an SQLite file at all, or damaged beyond reading
    ForeignDatabase, // an SQLite file of another program
    Corrupt,         // ours, but the integrity check fails
    NewerSchema,     // written by a newer gpudesk: left untouched
    ReadOnly,        // file or folder not writable
    NetworkLocation, // WAL needs a local disk
    Locked,          // open in another gpudesk instance
    BackupFailed,    // the copy before migrating could not be written: nothing was changed
    MigrationFailed, // rolled back; the backup is next to the file
    IoError,
};

struct OpenOutcome
{
    OpenError error = OpenError::None;
    QString message;    // translated: what happened, why, what to do next
    QString detail;     // technical detail for the log and the "details" button
    QString backupPath; // set when a backup was made before migrating
    int fromVersion = 0;
    int toVersion = 0;
    bool created = false;
};

struct OpenOptions
{
    bool create = true;        // create the file when it does not exist
    bool allowNetwork = false; // tests and power users may override the local-disk check
};

// A local profile database: one SQLite file, opened safely, with the write path that keeps the
// outbox in step with every change and tells views which tables changed.
class Store final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    // How a write is captured for sync.
    enum class Capture
    {
        Local,     // a user's edit: recorded in the outbox
        Uncaptured // applied from the server, or generated demo data: not recorded
    };

    ~Store() override;

    static std::unique_ptr<Store> open(const QString &path, const OpenOptions &options,
                                       OpenOutcome *outcome, QObject *parent = nullptr);

    QSqlDatabase db() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }

    // The user the writes are attributed to (updated_by, outbox, history, audit).
    void setCurrentUser(const QString &userId, const QString &displayName);
    QString currentUserId() const { return m_userId; }
    QString currentUserName() const { return m_userName; }

    // Runs fn inside one transaction. fn names the tables it touched in `changed` and returns
    // false (with *error set) to roll back. On commit, tablesChanged is emitted once.
    using WriteFn = std::function<bool(QSqlDatabase &db, QSet<QString> &changed, QString *error)>;
    bool write(const WriteFn &fn, QString *error, Capture capture = Capture::Local);

    // The same on a worker thread's connection (from openWorkerConnection): long imports run
    // off the GUI thread. On commit, tablesChanged is emitted on the Store's own thread, queued.
    // The caller must not run two worker writes on one connection at once.
    bool writeFromWorker(QSqlDatabase &connection, const WriteFn &fn, QString *error,
                         Capture capture = Capture::Local);
    // write() or writeFromWorker(), as `connection` is this store's own (or invalid: none was
    // opened) or a worker's: for code that runs on either.
    bool writeOn(QSqlDatabase &connection, const WriteFn &fn, QString *error,
                 Capture capture = Capture::Local);

    // A second connection to the same file for a worker thread; the caller removes it with
    // QSqlDatabase::removeDatabase when done.
    QSqlDatabase openWorkerConnection(const QString &name) const;
    // Runs fn on the calling thread with a worker connection opened for it, named after
    // `purpose`, and removes the connection after (everything fn made of it must be gone).
    void withWorkerConnection(const QString &purpose,
                              const std::function<void(QSqlDatabase &db)> &fn) const;

    QString sqliteVersion() const;

    static QString newId();
    static qint64 nowMs();

Q_SIGNALS:
    void tablesChanged(const QSet<QString> &tables);

private:
    // One transaction on `d` with the outbox capture switched as asked; the tables fn touched
    // land in *changed.
    bool runWrite(QSqlDatabase &d, const QString &userId, const WriteFn &fn, QSet<QString> *changed,
                  QString *error, Capture capture);

    Store(const QString &path, const QString &connection, std::unique_ptr<QLockFile> lock,
          QObject *parent);

    QString m_path;
    QString m_connection;
    std::unique_ptr<QLockFile> m_lock;
    QString m_userId;
    QString m_userName;
};

} // namespace gpudesk
