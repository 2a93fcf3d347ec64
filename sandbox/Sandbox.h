#pragma once

#include "SandboxOptions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QThread;
class SandboxServer;

//! One organization of a running sandbox, with the client credentials that log into it.
struct SandboxOrganization {
    QString id;
    QString name;
    QString clientId;
    QString clientSecret;
    bool isHome = false;
    QString signInClientId; //!< the public client its people sign in through (PKCE, no secret)
};

//! A person of the sandbox to sign in as (seed.json "people"), with the shared password.
struct SandboxPerson {
    QString orgId;
    QString name;
    QString email;
    QString title;
};

//! A local emulation of the Genesys Cloud authorization and organization-authorization APIs.
//! Runs on a thread of its own, so the caller's event loop (a GUI, a test) never serves requests.
class Sandbox : public QObject {
    Q_OBJECT
public:
    explicit Sandbox(SandboxOptions options = {}, QObject* parent = nullptr);
    ~Sandbox() override;

    //! Opens (and on first use seeds) the store and listens. Returns the bound port, or 0 with
    //! *error set.
    quint16 start(QString* error = nullptr);
    void stop();

    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    //! http://127.0.0.1:PORT — both the API and the login base of a gateway-style client.
    QUrl baseUrl() const;
    //! Home org first.
    QList<SandboxOrganization> organizations() const { return m_orgs; }
    SandboxOrganization homeOrganization() const;
    //! The people the sign-in page suggests, each with a different set of roles.
    QList<SandboxPerson> people() const { return m_people; }
    //! The password every person signs in with.
    QString userPassword() const { return m_options.userPassword; }
    //! The redirect URI registered for the sign-in clients (any loopback port is accepted).
    static QString registeredRedirect();

private:
    SandboxOptions m_options;
    QThread* m_thread = nullptr;
    SandboxServer* m_server = nullptr;
    quint16 m_port = 0;
    QList<SandboxOrganization> m_orgs;
    QList<SandboxPerson> m_people;
};
