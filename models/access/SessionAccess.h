#pragma once

#include "access/AccessRights.h"
#include "wire/ApiStatus.h"
#include "wire/UserTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class BrowserSignIn;
class PlatformClient;

//! Who a live session acts as, and what they may do. With a sign-in connection: the person
//! (users/me, S3), their effective permissions (A8 for their id), the browser sign-in that gets
//! the token, and the requests that wait while there is none. With client credentials: an
//! OAuth client, whose rights are left to the server (unknown: every action stays enabled).
class SessionAccess : public QObject {
    Q_OBJECT
public:
    //! `client` may be null (a snapshot session: nobody is signed in).
    explicit SessionAccess(PlatformClient* client, QObject* parent = nullptr);
    ~SessionAccess() override;

    bool usesSignIn() const;
    //! Requests wait for a sign-in (none yet, it expired, or the person signed out).
    bool isAwaitingSignIn() const;
    bool isSigningIn() const;
    const AccessRights& rights() const { return m_rights; }
    //! The signed-in person (with their organization); nullopt before it is known.
    const std::optional<UserMe>& person() const { return m_person; }
    //! Why the rights are unknown for a signed-in person (their permissions could not be read).
    QString rightsProblem() const { return m_rightsProblem; }

    //! Reads the person and their permissions (sign-in only; waits for the token like any
    //! request).
    void read();
    //! Starts a browser sign-in: browserRequested() gives the page to open (again, when one is
    //! already under way).
    void signIn();
    //! Forgets the token and who was signed in; waiting requests fail.
    void signOut();

Q_SIGNALS:
    void changed();
    void signInRequired(bool expired);
    void browserRequested(const QUrl& url);
    void signInStarted();
    void signedIn();
    void signInFailed(const QString& message);
    void signedOut();
    void readFailed(const QString& operation, const ApiStatus& status);

private:
    void readRights(const QString& userId);

    PlatformClient* m_client;
    QPointer<BrowserSignIn> m_signIn;
    std::optional<UserMe> m_person;
    AccessRights m_rights;
    QString m_rightsProblem;
    QUrl m_signInPage; //!< of the sign-in under way, to open again
};
