#include "client/BrowserSignIn.h"

#include "client/ApiLog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultTimeoutMs = 10 * 60 * 1000;

// Qt 6.4's handler drops an error answer to the code exchange with a warning and leaves the
// flow waiting for ever; this one reports it (the OAuth error and its description).
class ReplyHandler : public QOAuthHttpServerReplyHandler {
public:
    ReplyHandler(std::function<void(QNetworkReply*)> onRefused, QObject* parent)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
        , m_onRefused(std::move(onRefused)) {}

    void networkReplyFinished(QNetworkReply* reply) override {
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || http < 200 || http >= 300)
            return m_onRefused(reply);
        QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
    }

private:
    std::function<void(QNetworkReply*)> m_onRefused;
};

QString oauthProblem(const QVariantMap& values) {
    const QString description = values.value(u"error_description"_s).toString();
    return description.isEmpty() ? values.value(u"error"_s).toString() : description;
}

} // namespace

BrowserSignIn::BrowserSignIn(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int minutes = qMax(1, m_timeout.interval() / 60000);
        fail(tr("The sign-in was not completed within %n minute(s). Sign in again.", nullptr,
                minutes));
    });
}

BrowserSignIn::~BrowserSignIn() {
    finish();
}

QString BrowserSignIn::newVerifier() {
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QString verifier;
    for (int i = 0; i < 64; ++i)
        verifier +=
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return verifier;
}

QString BrowserSignIn::challengeFor(const QString& verifier) {
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl BrowserSignIn::redirectUri() const {
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

bool BrowserSignIn::start(const QUrl& loginBase, const QString& clientId, QString* error) {
    finish();
    auto* handler = new ReplyHandler(
        [this](QNetworkReply* reply) {
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString problem = oauthProblem(answer.toVariantMap());
            qCInfo(lcApi).noquote() << "POST /oauth/token (authorization code)"
                                    << (http ? QString::number(http) : reply->errorString());
            fail(
                http
                    ? tr("The sign-in service refused the sign-in (HTTP %1): %2")
                          .arg(http)
                          .arg(problem.isEmpty() ? reply->errorString() : problem)
                    : tr("The sign-in service could not be reached: %1").arg(reply->errorString()));
        },
        this);
    if (!handler->isListening()) {
        if (error)
            *error = tr("RoleDesk could not listen on 127.0.0.1 for the browser's answer.");
        delete handler;
        return false;
    }
    handler->setCallbackPath(u"callback"_s);
    handler->setCallbackText(tr("RoleDesk has the answer of the sign-in. You can close this tab"
                                " and go back to RoleDesk."));
    m_handler = handler;
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    QUrl authorize = loginBase;
    authorize.setPath(authorize.path() + u"/oauth/authorize"_s);
    QUrl token = loginBase;
    token.setPath(token.path() + u"/oauth/token"_s);
    m_flow->setAuthorizationUrl(authorize);
    m_flow->setAccessTokenUrl(token);
    m_flow->setClientIdentifier(clientId);
    m_flow->setReplyHandler(handler);
    m_verifier = newVerifier();
    m_state = newVerifier().left(32);
    m_flow->setState(m_state);
    // PKCE (RFC 7636) through Qt's parameter hook: the challenge goes with the authorization
    // request, the verifier with the exchange.
    m_flow->setModifyParametersFunction(
        [verifier = m_verifier](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* p) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                p->replace(u"code_challenge"_s, challengeFor(verifier));
                p->replace(u"code_challenge_method"_s, u"S256"_s);
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                p->replace(u"code_verifier"_s, verifier);
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &BrowserSignIn::openBrowser);
    // Qt ignores an answer with a wrong state (a warning only) and reports one with an error;
    // both end this sign-in here with a message.
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this](const QVariantMap& values) {
                if (values.contains(u"error"_s))
                    return fail(tr("The sign-in was refused: %1").arg(oauthProblem(values)));
                if (values.value(u"state"_s).toString() != m_state)
                    return fail(tr("The browser's answer does not belong to this sign-in (its"
                                   " state does not match), so it was ignored. Sign in again."));
                if (values.value(u"code"_s).toString().isEmpty())
                    fail(tr("The browser's answer has no authorization code. Sign in again."));
            });
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        const QByteArray accessToken = m_flow->token().toLatin1();
        const QDateTime expires = m_flow->expirationAt();
        const qint64 seconds =
            expires.isValid() ? QDateTime::currentDateTimeUtc().secsTo(expires) : 3600;
        qCInfo(lcApi) << "signed in through the browser; the token lasts" << seconds << "s";
        finish();
        Q_EMIT signedIn(accessToken, seconds);
    });
    m_timeout.start();
    m_flow->grant();
    return true;
}

void BrowserSignIn::cancel() {
    finish();
}

void BrowserSignIn::fail(const QString& message) {
    if (!m_flow)
        return;
    qCInfo(lcApi).noquote() << "sign-in failed:" << message;
    finish();
    Q_EMIT failed(message);
}

void BrowserSignIn::finish() {
    m_timeout.stop();
    m_verifier.clear();
    if (m_handler)
        m_handler->close();
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->deleteLater();
        m_handler = nullptr;
    }
}
