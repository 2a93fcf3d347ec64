#pragma once

#include <QList>
#include <QString>

#include <optional>

class QSettings;

//! A saved connection: a name, a region, an OAuth client id and how to sign in. The secret (of a
//! client-credentials profile) is never part of it; it lives in the SecretStore under the
//! profile's name.
struct ConnectionProfile {
    //! How the profile gets its token: a person signs in in the browser (authorization code with
    //! PKCE, no secret), or an OAuth client's id and secret (client credentials).
    enum class Auth { SignIn, ClientCredentials };

    QString name;
    QString environment; //!< region host, e.g. "mypurecloud.de"
    QString clientId;
    Auth auth = Auth::SignIn;

    bool needsSecret() const { return auth == Auth::ClientCredentials; }

    bool operator==(const ConnectionProfile&) const = default;
};

//! Profiles in QSettings ("profiles/<n>/..."): names, regions, client ids; no secrets.
class ProfileStore {
public:
    explicit ProfileStore(QSettings& settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString& name) const;
    //! Adds or replaces the profile with the same name.
    void save(const ConnectionProfile& profile);
    void remove(const QString& name);

private:
    void writeAll(const QList<ConnectionProfile>& profiles);
    QSettings& m_settings;
};
