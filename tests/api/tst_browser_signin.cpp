// Signing in as a person, end to end over real HTTP: RoleDesk's BrowserSignIn (Qt's
// QOAuth2AuthorizationCodeFlow with PKCE) opens the sandbox's sign-in page, the test plays the
// browser (fills the form, follows the redirect to RoleDesk's loopback listener), and the
// client then calls users/me with the token. Also what goes wrong: a wrong password, a wrong
// state, a replayed code, a code from another sign-in (its verifier does not match), and a
// token that expires while requests wait.

#include "Sandbox.h"
#include "SandboxHttp.h"
#include "client/BrowserSignIn.h"
#include "client/PlatformClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBrowserSignIn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theVerifierAndChallengeFollowRfc7636();
    void signsInAndCallsUsersMe();
    void aWrongPasswordKeepsThePageUntilTheRightOne();
    void aWrongStateIsRefused();
    void aReplayedCodeIsReported();
    void aCodeOfAnotherSignInFailsItsVerifier();
    void anExpiredTokenMakesRequestsWaitForASignIn();
    void aRefusalNamesThePermissionAndTheAction();

private:
    //! Starts a sign-in and returns the sign-in page the browser was sent to.
    HttpResult startSignIn(BrowserSignIn& signIn, Sandbox& sandbox, SandboxHttp& http);
    //! The redirect back to RoleDesk for a correct sign-in as `email`.
    QUrl signInRedirect(const HttpResult& page, SandboxHttp& http, const Sandbox& sandbox,
                        const QString& email);
    static QUrl withQuery(QUrl url, const QString& key, const QString& value);

    Sandbox* m_sandbox = nullptr;
    SandboxHttp* m_http = nullptr;
    QNetworkAccessManager m_network;
    QString m_editor;
};

void TestBrowserSignIn::initTestCase() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options);
    QVERIFY(m_sandbox->start());
    m_http = new SandboxHttp(*m_sandbox);
    m_editor = m_http->person(u"Role Editor"_s).email;
    QVERIFY(!m_editor.isEmpty());
}

void TestBrowserSignIn::cleanupTestCase() {
    delete m_http;
    delete m_sandbox;
}

HttpResult TestBrowserSignIn::startSignIn(BrowserSignIn& signIn, Sandbox& sandbox,
                                          SandboxHttp& http) {
    QSignalSpy opened(&signIn, &BrowserSignIn::openBrowser);
    QString error;
    if (!signIn.start(sandbox.baseUrl(), sandbox.homeOrganization().signInClientId, &error)) {
        qWarning() << error;
        return {};
    }
    if (opened.isEmpty() && !opened.wait(5000))
        return {};
    const QUrl url = opened.first().first().toUrl();
    const QUrlQuery query(url);
    // What the flow sends: the code grant, PKCE S256, a state, and the loopback redirect.
    if (query.queryItemValue(u"response_type"_s) != "code"_L1
        || query.queryItemValue(u"code_challenge_method"_s) != "S256"_L1
        || query.queryItemValue(u"code_challenge"_s).size() != 43
        || query.queryItemValue(u"state"_s).isEmpty()
        || query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)
               != signIn.redirectUri().toString())
        qWarning() << "unexpected authorize URL" << url;
    return http.browse(url);
}

QUrl TestBrowserSignIn::signInRedirect(const HttpResult& page, SandboxHttp& http,
                                       const Sandbox& sandbox, const QString& email) {
    const HttpResult redirected = http.fillSignIn(page, email, sandbox.userPassword());
    return redirected.status == 302 ? QUrl::fromEncoded(redirected.header("Location")) : QUrl();
}

QUrl TestBrowserSignIn::withQuery(QUrl url, const QString& key, const QString& value) {
    QUrlQuery q(url);
    q.removeAllQueryItems(key);
    q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

void TestBrowserSignIn::theVerifierAndChallengeFollowRfc7636() {
    const QString verifier = BrowserSignIn::newVerifier();
    QCOMPARE(verifier.size(), 64);
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9._~-]+$"_s).match(verifier).hasMatch());
    QVERIFY(BrowserSignIn::newVerifier() != verifier);
    // The example of RFC 7636, appendix B.
    QCOMPARE(BrowserSignIn::challengeFor(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
             u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
}

void TestBrowserSignIn::signsInAndCallsUsersMe() {
    BrowserSignIn signIn(&m_network);
    QSignalSpy done(&signIn, &BrowserSignIn::signedIn);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    const HttpResult page = startSignIn(signIn, *m_sandbox, *m_http);
    QCOMPARE(page.status, 200);
    QVERIFY(signIn.redirectUri().toString().startsWith(u"http://127.0.0.1:"_s));
    const QUrl back = signInRedirect(page, *m_http, *m_sandbox, m_editor);
    QCOMPARE(back.host(), u"127.0.0.1"_s);
    QCOMPARE(back.port(), signIn.redirectUri().port());
    const HttpResult landing = m_http->browse(back); // RoleDesk's listener answers the browser
    QCOMPARE(landing.status, 200);
    QVERIFY(!done.isEmpty() || done.wait(5000));
    QVERIFY(failed.isEmpty());
    QVERIFY(!signIn.isActive());
    const QByteArray token = done.first().at(0).toByteArray();
    QVERIFY(!token.isEmpty());
    QVERIFY(done.first().at(1).toLongLong() > 3000);

    PlatformClient client(&m_network);
    QVERIFY(client.setBaseUrl(m_sandbox->baseUrl()));
    client.useSignIn(m_sandbox->homeOrganization().signInClientId);
    client.dispatcher()->setAccessToken(token, done.first().at(1).toLongLong());
    auto* me = client.getUsersMe({u"organization"_s});
    QSignalSpy finished(me, &ApiJob::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(me->status().ok(), qPrintable(me->status().message));
    QCOMPARE(me->result().email.value_or(QString()), m_editor);
    QCOMPARE(me->result().title.value_or(QString()), u"Role Editor"_s);
    QCOMPARE(me->result().organization->name.value_or(QString()),
             m_sandbox->homeOrganization().name);
    // The listener is closed once the sign-in is over.
    QCOMPARE(m_http->browse(back).status, 0);
}

void TestBrowserSignIn::aWrongPasswordKeepsThePageUntilTheRightOne() {
    BrowserSignIn signIn(&m_network);
    QSignalSpy done(&signIn, &BrowserSignIn::signedIn);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    const HttpResult page = startSignIn(signIn, *m_sandbox, *m_http);
    const HttpResult wrong = m_http->fillSignIn(page, m_editor, u"not the password"_s);
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.header("Location").isEmpty());
    QVERIFY(failed.isEmpty() && signIn.isActive()); // the person can type it again
    const QUrl back = signInRedirect(wrong, *m_http, *m_sandbox, m_editor);
    QVERIFY(back.isValid());
    m_http->browse(back);
    QVERIFY(!done.isEmpty() || done.wait(5000));
}

void TestBrowserSignIn::aWrongStateIsRefused() {
    BrowserSignIn signIn(&m_network);
    QSignalSpy done(&signIn, &BrowserSignIn::signedIn);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    const HttpResult page = startSignIn(signIn, *m_sandbox, *m_http);
    const QUrl back = signInRedirect(page, *m_http, *m_sandbox, m_editor);
    m_http->browse(withQuery(back, u"state"_s, u"forged"_s));
    QVERIFY(!failed.isEmpty() || failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(u"state"_s),
             qPrintable(failed.first().first().toString()));
    QVERIFY(done.isEmpty());
    QVERIFY(!signIn.isActive());
}

void TestBrowserSignIn::aReplayedCodeIsReported() {
    // The first sign-in's code, used, is sent to a second sign-in (with that one's state).
    BrowserSignIn first(&m_network);
    QSignalSpy firstDone(&first, &BrowserSignIn::signedIn);
    const QUrl used =
        signInRedirect(startSignIn(first, *m_sandbox, *m_http), *m_http, *m_sandbox, m_editor);
    m_http->browse(used);
    QVERIFY(!firstDone.isEmpty() || firstDone.wait(5000));

    BrowserSignIn second(&m_network);
    QSignalSpy done(&second, &BrowserSignIn::signedIn);
    QSignalSpy failed(&second, &BrowserSignIn::failed);
    const QUrl fresh =
        signInRedirect(startSignIn(second, *m_sandbox, *m_http), *m_http, *m_sandbox, m_editor);
    m_http->browse(withQuery(fresh, u"code"_s, QUrlQuery(used).queryItemValue(u"code"_s)));
    QVERIFY(!failed.isEmpty() || failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"HTTP 400"_s) && message.contains(u"already used"_s),
             qPrintable(message));
    QVERIFY(done.isEmpty());
}

void TestBrowserSignIn::aCodeOfAnotherSignInFailsItsVerifier() {
    // The page is tampered with so the code is bound to a challenge that is not RoleDesk's (an
    // attacker's): RoleDesk's verifier cannot match it, and the exchange is refused.
    BrowserSignIn signIn(&m_network);
    QSignalSpy done(&signIn, &BrowserSignIn::signedIn);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    const HttpResult page = startSignIn(signIn, *m_sandbox, *m_http);
    const HttpResult redirected = m_http->fillSignIn(
        page, m_editor, m_sandbox->userPassword(),
        {{u"code_challenge"_s, BrowserSignIn::challengeFor(BrowserSignIn::newVerifier())}});
    QCOMPARE(redirected.status, 302);
    m_http->browse(QUrl::fromEncoded(redirected.header("Location")));
    QVERIFY(!failed.isEmpty() || failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"HTTP 400"_s) && message.contains(u"code_verifier"_s),
             qPrintable(message));
    QVERIFY(done.isEmpty());
}

void TestBrowserSignIn::anExpiredTokenMakesRequestsWaitForASignIn() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    options.tokenTtlSeconds = 5; // room for a slow sign-in under a sanitizer, before it expires
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    PlatformClient client(&m_network);
    QVERIFY(client.setBaseUrl(sandbox.baseUrl()));
    client.useSignIn(sandbox.homeOrganization().signInClientId);
    QSignalSpy required(client.dispatcher(), &RequestDispatcher::signInRequired);

    // No token yet: the request waits and a sign-in is asked for (not an expired one).
    auto* first = client.getUsersMe();
    QSignalSpy firstDone(first, &ApiJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(required.count(), 1, 5000);
    QCOMPARE(required.last().first().toBool(), false);
    QVERIFY(firstDone.isEmpty());

    QElapsedTimer sinceToken;
    auto signInOnce = [&] {
        BrowserSignIn signIn(&m_network);
        QSignalSpy done(&signIn, &BrowserSignIn::signedIn);
        const QUrl back = signInRedirect(startSignIn(signIn, sandbox, http), http, sandbox,
                                         sandbox.people().value(1).email);
        http.browse(back);
        if (done.isEmpty() && !done.wait(5000))
            return false;
        client.dispatcher()->setAccessToken(done.first().at(0).toByteArray(),
                                            done.first().at(1).toLongLong());
        sinceToken.start();
        return true;
    };
    QVERIFY(signInOnce());
    QVERIFY(!firstDone.isEmpty() || firstDone.wait(5000));
    QVERIFY2(first->status().ok(), qPrintable(first->status().message));

    // The token runs out (the margin makes it "not usable" a little before; the server's 401
    // is the other way to find out): the next request waits, and resumes after a new sign-in.
    QTest::qWait(int(qMax<qint64>(0, 5100 - sinceToken.elapsed())));
    auto* second = client.getUsersMe();
    QSignalSpy secondDone(second, &ApiJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(required.count(), 2, 5000);
    QCOMPARE(required.last().first().toBool(), true);
    QVERIFY(client.dispatcher()->isAwaitingSignIn());
    QTest::qWait(200);
    QVERIFY(secondDone.isEmpty()); // waiting, not failed
    QVERIFY(signInOnce());
    QVERIFY(!secondDone.isEmpty() || secondDone.wait(5000));
    QVERIFY2(second->status().ok(), qPrintable(second->status().message));
    QCOMPARE(second->result().email.value_or(QString()), sandbox.people().value(1).email);

    // Signing out fails what waits, with a message that says so.
    client.dispatcher()->signOut();
    auto* third = client.getUsersMe();
    QSignalSpy thirdDone(third, &ApiJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(required.count(), 3, 5000);
    client.dispatcher()->signOut();
    QVERIFY(!thirdDone.isEmpty() || thirdDone.wait(5000));
    QCOMPARE(third->status().code, ApiStatus::Code::AuthenticationFailed);
    QVERIFY(third->status().message.contains(u"Signed out"_s));
}

void TestBrowserSignIn::aRefusalNamesThePermissionAndTheAction() {
    const QString auditor = m_http->person(u"Authorization Auditor"_s).email;
    PlatformClient client(&m_network);
    QVERIFY(client.setBaseUrl(m_sandbox->baseUrl()));
    client.useSignIn(m_sandbox->homeOrganization().signInClientId);
    client.dispatcher()->setAccessToken(m_http->signIn(auditor), 3600);
    DomainOrganizationRoleCreate role;
    role.name = u"Not allowed"_s;
    auto* job = client.createRole(role);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->status().code, ApiStatus::Code::PermissionDenied);
    QCOMPARE(job->status().httpStatus, 403);
    QCOMPARE(job->status().message, u"You need authorization:role:add to create a role."_s);
    // Two needed at once (O18) are named together.
    ErrorBody both;
    both.code = u"missing.permissions"_s;
    both.messageParams.insert(
        u"permissions"_s, u"[authorization:orgTrustee:add, authorization:orgTrusteeUser:add]"_s);
    QCOMPARE(
        RequestDispatcher::permissionMessage("POST", u"/api/v2/orgauthorization/trustees"_s, both),
        u"You need authorization:orgTrustee:add and authorization:orgTrusteeUser:add to"
        " trust an organization."_s);
}

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browser_signin.moc"
