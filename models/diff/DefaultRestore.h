#pragma once

#include "diff/RestorePoint.h"
#include "org/Operation.h"

//! Restores default roles, after writing the roles it overwrites to a restore point:
//! - Listed: the given default-based roles (A13), each read fresh first (A7);
//! - Missing: adds the default roles the org lacks (A11), overwriting nothing;
//! - All: resets every default role of the org (A11 with force=true), each read fresh first.
//! The store holds the server's answer before succeeded().
class DefaultRestore : public Operation {
    Q_OBJECT
public:
    enum class Mode { Listed, Missing, All };

    DefaultRestore(OrgSession* session, Mode mode, QStringList roleIds = {},
                   QObject* parent = nullptr);

    //! Where the restore point goes (RestorePoint::defaultDirectory() unless set).
    void setRestorePointDirectory(const QString& directory) { m_directory = directory; }
    //! The roles as the server returned them after the restore (restored or added).
    const QList<DomainOrganizationRole>& result() const { return m_result; }
    //! Written before the restore (not for Missing, which overwrites nothing).
    const RestorePoint& restorePoint() const { return m_point; }

protected:
    void run() override;
    int steps() const override;

private:
    void readDone();
    void restore();

    Mode m_mode;
    QStringList m_roleIds;
    QString m_directory;
    QList<DomainOrganizationRole> m_before;
    QList<DomainOrganizationRole> m_result;
    RestorePoint m_point;
};

//! Puts the roles of a restore point back (A14 each, all at once) and reports per role.
class RestoreUndo : public Operation {
    Q_OBJECT
public:
    struct Outcome {
        QString roleId;
        QString roleName;
        std::optional<OperationFailure> failure;
    };

    RestoreUndo(OrgSession* session, RestorePoint point, QObject* parent = nullptr);
    //! One per role of the point, in its order; complete after finished().
    const QList<Outcome>& outcomes() const { return m_outcomes; }

protected:
    void run() override;
    int steps() const override { return int(m_point.roles.size()); }

private:
    void settle();

    RestorePoint m_point;
    QList<Outcome> m_outcomes;
};

//! Clears a role's roleNeedsUpdate flag: "Mark as up to date" (A9).
class NeedsUpdateMark : public Operation {
    Q_OBJECT
public:
    NeedsUpdateMark(OrgSession* session, QString roleId, QObject* parent = nullptr);

protected:
    void run() override;

private:
    QString m_roleId;
};
