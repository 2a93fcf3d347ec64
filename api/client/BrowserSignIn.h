#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

//! Signs a person in with the authorization-code grant and PKCE (S256), as a public native
//! client: Qt's QOAuth2AuthorizationCodeFlow builds the authorize URL (the system browser opens
//! it), receives the code on a loopback listener (QOAuthHttpServerReplyHandler on 127.0.0.1, any
//! free port) and exchanges it at /oauth/token. Qt 6.4 has no PKCE of its own, so the challenge
//! and the verifier go in through its parameter hook; and it drops some failures with a warning
//! only (a state that does not match, an error answer to the exchange), so those are watched
//! here and reported. One sign-in per object; no secret is involved or kept.
class BrowserSignIn : public QObject {
    Q_OBJECT
public:
    explicit BrowserSignIn(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~BrowserSignIn() override;

    //! How long to wait for the browser to come back (default ten minutes).
    void setTimeout(int ms) { m_timeout.setInterval(ms); }
    //! Starts listening and emits openBrowser(); false with *error if no port could be opened.
    bool start(const QUrl& loginBase, const QString& clientId, QString* error = nullptr);
    void cancel();
    bool isActive() const { return m_flow != nullptr; }
    //! The redirect the authorize URL names: http://127.0.0.1:PORT/callback.
    QUrl redirectUri() const;

    //! RFC 7636 §4.1: 64 characters of [A-Za-z0-9-._~] from the system's random source.
    static QString newVerifier();
    //! base64url(SHA-256(verifier)), without padding.
    static QString challengeFor(const QString& verifier);

Q_SIGNALS:
    //! Open this URL in the system browser (or drive it, in a test).
    void openBrowser(const QUrl& url);
    void signedIn(const QByteArray& accessToken, qint64 expiresInSeconds);
    void failed(const QString& message);

private:
    void finish();
    void fail(const QString& message);

    QNetworkAccessManager* m_network;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    QOAuthHttpServerReplyHandler* m_handler = nullptr;
    QString m_verifier;
    QString m_state;
    QTimer m_timeout;
};
