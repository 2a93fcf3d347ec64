#pragma once

#include "Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

//! One finished HTTP exchange with the sandbox.
struct HttpResult {
    int status = 0; //!< 0: no HTTP response (dropped, refused, timed out)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    //! The id of the first entity of a listing; empty when there is none.
    QString firstEntityId() const {
        return object()
            .value(QLatin1StringView("entities"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1StringView("id"))
            .toString();
    }
    //! ErrorBody.code, for asserting which error a user would be shown.
    QString code() const { return object().value(QLatin1StringView("code")).toString(); }
};

//! Real HTTP to a sandbox on 127.0.0.1: a token per organization, and blocking requests that
//! spin the event loop (the sandbox serves from its own thread).
class SandboxHttp {
public:
    explicit SandboxHttp(const Sandbox& sandbox);

    //! POST /oauth/token with the org's client credentials; empty on failure.
    QByteArray login(const SandboxOrganization& org);
    QByteArray loginHome() { return login(m_sandbox.homeOrganization()); }
    //! POST /oauth/token with these client credentials, whatever it answers.
    HttpResult token(const QString& clientId, const QString& secret);
    SandboxOrganization org(int index) const { return m_sandbox.organizations().value(index); }
    //! The sandbox person with this title ("Role Editor", "Authorization Auditor", …).
    SandboxPerson person(const QString& title) const;

    // ---- signing in as a person (the authorization-code grant with PKCE), as a browser would
    //! A sign-in request's parameters for the org's sign-in client, with a redirect to `port`.
    QUrlQuery authorizeQuery(const SandboxOrganization& org, const QString& challenge,
                             const QString& state = QStringLiteral("s1"), int port = 50000) const;
    //! GET /oauth/authorize?query (the sign-in page, or an error); redirects are not followed.
    HttpResult authorizePage(const QUrlQuery& query);
    //! The sign-in page's form posted with these credentials (redirects are not followed).
    HttpResult submitSignIn(const QUrlQuery& query, const QString& email, const QString& password);
    //! POST /oauth/token with grant_type=authorization_code.
    HttpResult exchangeCode(const QString& code, const QString& verifier, const QString& clientId,
                            const QString& redirectUri);
    //! The code of a 302 from the sign-in form; empty when there is none.
    static QString codeOf(const HttpResult& redirect);
    //! A token for the person with this email in the home org, through the whole flow.
    QByteArray signIn(const QString& email);
    static QString challengeOf(const QString& verifier);
    // ---- a browser: follows nothing by itself, so each step can be looked at (or tampered with)
    //! GET of any URL (the authorize URL RoleDesk opens, the redirect back to RoleDesk).
    HttpResult browse(const QUrl& url);
    //! Fills the sign-in page's form (its hidden fields as served) and posts it.
    //! `change` replaces hidden fields, as a tampering page would.
    HttpResult fillSignIn(const HttpResult& page, const QString& email, const QString& password,
                          const QHash<QString, QString>& change = {});
    //! A fixed verifier of the right shape (43 characters).
    static QString verifier() {
        return QStringLiteral("verifier-0123456789-abcdefghijklmnopqrstuvw");
    }

    QNetworkReply* send(const QByteArray& method, const QString& pathAndQuery,
                        const QByteArray& token, const QByteArray& body = {});
    HttpResult call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& token,
                    const QByteArray& body = {});
    HttpResult get(const QString& path, const QByteArray& token) {
        return call("GET", path, token);
    }
    HttpResult callJson(const QByteArray& method, const QString& path, const QByteArray& token,
                        const QJsonObject& body);
    HttpResult callJson(const QByteArray& method, const QString& path, const QByteArray& token,
                        const QJsonArray& body);

    static HttpResult wait(QNetworkReply* reply, int timeoutMs = 15000);
    QNetworkAccessManager& network() { return m_network; }

private:
    const Sandbox& m_sandbox;
    QNetworkAccessManager m_network;
};
