#pragma once

#include "wire/ApiStatus.h"
#include "wire/UserTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ApiJob;
class PlatformClient;

//! The organization's users (S1), fetched once on first need and kept: what role assignments
//! resolve ids to names with and search by name or email.
class UserDirectory : public QObject {
    Q_OBJECT
public:
    explicit UserDirectory(QObject* parent = nullptr);

    void setClient(PlatformClient* client);
    //! Starts fetching unless loaded or loading; loaded() follows either way.
    void load();
    bool isLoaded() const { return m_loaded; }
    const QList<User>& users() const { return m_users; }
    const User* find(const QString& id) const;
    //! "Name <email>", "Name (inactive) <email>" for who has left, or the id when unknown.
    QString describe(const QString& id) const;
    //! "Name", "Name (inactive)" or "Name (deleted)"; the id when the user is unknown.
    QString displayName(const QString& id) const;
    //! "inactive" or "deleted", translated; empty for an active user.
    static QString stateText(const User& user);
    //! The same for a state as the API writes it ("active", "inactive", "deleted").
    static QString stateText(const QString& state);
    //! The user a typed text names: exactly a describe() text (what completion offers), or
    //! else the only user search() finds. Empty when none or several match.
    QString resolve(const QString& text) const;
    //! Users whose name or email contains every word of the text, at most `limit`.
    QList<User> search(const QString& text, int limit = 50) const;

Q_SIGNALS:
    void loaded();
    void failed(const ApiStatus& status);

private:
    QPointer<PlatformClient> m_client;
    QPointer<ApiJob> m_job;
    QList<User> m_users;
    QHash<QString, qsizetype> m_byId;
    bool m_loaded = false;
};
