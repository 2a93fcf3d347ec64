#include "access/SessionAccess.h"

#include "client/BrowserSignIn.h"
#include "client/PlatformClient.h"

using namespace Qt::StringLiterals;

SessionAccess::SessionAccess(PlatformClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {
    if (!client)
        return;
    connect(client->dispatcher(), &RequestDispatcher::signInRequired, this,
            &SessionAccess::signInRequired);
}

SessionAccess::~SessionAccess() {
    delete m_signIn;
}

bool SessionAccess::usesSignIn() const {
    return m_client && m_client->usesSignIn();
}

bool SessionAccess::isAwaitingSignIn() const {
    return usesSignIn() && m_client->dispatcher()->isAwaitingSignIn();
}

bool SessionAccess::isSigningIn() const {
    return m_signIn && m_signIn->isActive();
}

void SessionAccess::read() {
    if (!usesSignIn())
        return;
    auto* job = m_client->getUsersMe({u"organization"_s});
    connect(job, &ApiJob::succeeded, this, [this, job] {
        const bool other = m_person && m_person->id != job->result().id;
        m_person = job->result();
        if (other)
            m_rights = {};
        Q_EMIT changed();
        readRights(m_person->id.value_or(QString()));
    });
    connect(job, &ApiJob::failed, this, [this](const ApiStatus& status) {
        Q_EMIT readFailed(tr("Reading who is signed in"), status);
    });
}

void SessionAccess::readRights(const QString& userId) {
    auto* job = m_client->getUserRoles(userId);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        m_rights = AccessRights::of(job->result().permissions.value_or(QStringList()));
        m_rightsProblem.clear();
        Q_EMIT changed();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiStatus& status) {
        // Without their permissions every action stays enabled; the server still decides.
        m_rights = {};
        m_rightsProblem = status.message;
        Q_EMIT changed();
        Q_EMIT readFailed(tr("Reading your permissions"), status);
    });
}

void SessionAccess::signIn() {
    if (!usesSignIn())
        return;
    if (isSigningIn()) {
        // The browser tab was closed or lost: the same sign-in page again.
        if (m_signInPage.isValid())
            Q_EMIT browserRequested(m_signInPage);
        return;
    }
    delete m_signIn;
    m_signIn = new BrowserSignIn(m_client->network(), this);
    connect(m_signIn, &BrowserSignIn::openBrowser, this, [this](const QUrl& url) {
        m_signInPage = url;
        Q_EMIT browserRequested(url);
    });
    connect(m_signIn, &BrowserSignIn::failed, this, &SessionAccess::signInFailed);
    connect(m_signIn, &BrowserSignIn::signedIn, this,
            [this](const QByteArray& token, qint64 expiresIn) {
                m_client->dispatcher()->setAccessToken(token, expiresIn);
                Q_EMIT signedIn();
                read(); // the person may be someone else this time
            });
    QString error;
    if (!m_signIn->start(m_client->loginBase(), m_client->signInClientId(), &error))
        return Q_EMIT signInFailed(error);
    Q_EMIT signInStarted();
}

void SessionAccess::signOut() {
    if (!usesSignIn())
        return;
    if (m_signIn)
        m_signIn->cancel();
    m_person.reset();
    m_rights = {};
    m_client->dispatcher()->signOut();
    Q_EMIT changed();
    Q_EMIT signedOut();
}
