// The sandbox's sign-in service over real HTTP: the sign-in page (/oauth/authorize), the
// authorization-code grant with PKCE at /oauth/token, and who a token belongs to (users/me).

#include "Sandbox.h"
#include "SandboxHttp.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestSandboxSignIn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void thePageIsAFormThatNamesThePeopleToTry();
    void aBadRequestIsAnErrorPageOrAnErrorRedirect_data();
    void aBadRequestIsAnErrorPageOrAnErrorRedirect();
    void aWrongPasswordShowsTheFormAgain();
    void aSignInGivesATokenForThatPerson();
    void aReplayedCodeIsRefusedAndItsTokenRevoked();
    void aWrongVerifierSpendsTheCode();
    void theExchangeChecksEveryPart_data();
    void theExchangeChecksEveryPart();
    void codesAndTokensExpire();
    void aClientCredentialsTokenHasNoUser();

private:
    QString email(const QString& title) const;
    QString redirect() const { return u"http://127.0.0.1:50000/callback"_s; }
    QString freshCode(const QString& email);

    Sandbox* m_sandbox = nullptr;
    SandboxHttp* m_http = nullptr;
};

void TestSandboxSignIn::initTestCase() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options);
    QVERIFY(m_sandbox->start());
    m_http = new SandboxHttp(*m_sandbox);
    QCOMPARE(m_sandbox->people().size(), 4);
}

void TestSandboxSignIn::cleanupTestCase() {
    delete m_http;
    delete m_sandbox;
}

QString TestSandboxSignIn::email(const QString& title) const {
    return m_http->person(title).email;
}

QString TestSandboxSignIn::freshCode(const QString& who) {
    const QUrlQuery query = m_http->authorizeQuery(
        m_sandbox->homeOrganization(), SandboxHttp::challengeOf(SandboxHttp::verifier()));
    return SandboxHttp::codeOf(m_http->submitSignIn(query, who, m_sandbox->userPassword()));
}

void TestSandboxSignIn::thePageIsAFormThatNamesThePeopleToTry() {
    const HttpResult page = m_http->authorizePage(
        m_http->authorizeQuery(m_sandbox->homeOrganization(), u"challenge"_s, u"a<b\"c"_s));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"<form method=\"post\" action=\"/oauth/authorize\">"_s));
    QVERIFY(html.contains(u"name=\"password\""_s));
    for (const SandboxPerson& p : m_sandbox->people())
        QVERIFY2(html.contains(p.email), qPrintable(p.email));
    // What came in the URL goes back into the page escaped, never as markup.
    QVERIFY(html.contains(u"value=\"a&lt;b&quot;c\""_s));
    QVERIFY(!html.contains(u"a<b\"c"_s));
}

void TestSandboxSignIn::aBadRequestIsAnErrorPageOrAnErrorRedirect_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error"); // in the page, or in the redirect's query

    QTest::newRow("unknown client") << u"client_id"_s << u"nobody"_s << 400 << u"invalid_client"_s;
    QTest::newRow("https redirect")
        << u"redirect_uri"_s << u"https://127.0.0.1:5000/callback"_s << 400 << u"invalid_request"_s;
    QTest::newRow("other host") << u"redirect_uri"_s << u"http://evil.example:5000/callback"_s
                                << 400 << u"invalid_request"_s;
    QTest::newRow("other path") << u"redirect_uri"_s << u"http://127.0.0.1:5000/steal"_s << 400
                                << u"invalid_request"_s;
    QTest::newRow("user info") << u"redirect_uri"_s << u"http://a@127.0.0.1:5000/callback"_s << 400
                               << u"invalid_request"_s;
    // With a client and a redirect that are right, the error goes back to the application.
    QTest::newRow("implicit grant")
        << u"response_type"_s << u"token"_s << 302 << u"unsupported_response_type"_s;
    QTest::newRow("no challenge") << u"code_challenge"_s << QString() << 302
                                  << u"invalid_request"_s;
    QTest::newRow("plain method") << u"code_challenge_method"_s << u"plain"_s << 302
                                  << u"invalid_request"_s;
}

void TestSandboxSignIn::aBadRequestIsAnErrorPageOrAnErrorRedirect() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);
    QUrlQuery query = m_http->authorizeQuery(m_sandbox->homeOrganization(), u"c"_s, u"st"_s);
    query.removeAllQueryItems(key);
    if (!value.isNull())
        query.addQueryItem(key, value);
    const HttpResult page = m_http->authorizePage(query);
    QCOMPARE(page.status, status);
    if (status == 302) {
        const QUrl target = QUrl::fromEncoded(page.header("Location"));
        QCOMPARE(target.host(), u"127.0.0.1"_s);
        QCOMPARE(target.port(), 50000);
        const QUrlQuery answer(target);
        QCOMPARE(answer.queryItemValue(u"error"_s), error);
        QCOMPARE(answer.queryItemValue(u"state"_s), u"st"_s);
        QVERIFY(!answer.hasQueryItem(u"code"_s));
    } else {
        // Never a redirect to an address that is not registered.
        QVERIFY(page.header("Location").isEmpty());
        QVERIFY(QString::fromUtf8(page.body).contains(error));
    }
}

void TestSandboxSignIn::aWrongPasswordShowsTheFormAgain() {
    const QUrlQuery query = m_http->authorizeQuery(m_sandbox->homeOrganization(), u"c"_s);
    const QString who = email(u"Role Editor"_s);
    for (const QString& password : {u"wrong"_s, QString(), m_sandbox->userPassword() + u"x"_s}) {
        const HttpResult page = m_http->submitSignIn(query, who, password);
        QCOMPARE(page.status, 401);
        QVERIFY(page.header("Location").isEmpty());
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(u"The email address or the password is not right."_s));
        QVERIFY(html.contains(u"value=\"%1\""_s.arg(who))); // the email is kept, not retyped
    }
    // An unknown person reads the same: the page does not tell who exists.
    const HttpResult unknown =
        m_http->submitSignIn(query, u"nobody@contoso.example"_s, m_sandbox->userPassword());
    QCOMPARE(unknown.status, 401);
}

void TestSandboxSignIn::aSignInGivesATokenForThatPerson() {
    const QString who = email(u"Authorization Auditor"_s);
    const QUrlQuery query = m_http->authorizeQuery(
        m_sandbox->homeOrganization(), SandboxHttp::challengeOf(SandboxHttp::verifier()), u"xyz"_s);
    const HttpResult redirected = m_http->submitSignIn(query, who, m_sandbox->userPassword());
    QCOMPARE(redirected.status, 302);
    const QUrl target = QUrl::fromEncoded(redirected.header("Location"));
    QCOMPARE(target.toString(QUrl::RemoveQuery), redirect());
    QCOMPARE(QUrlQuery(target).queryItemValue(u"state"_s), u"xyz"_s);
    const QString code = SandboxHttp::codeOf(redirected);
    QVERIFY(!code.isEmpty());

    const HttpResult token = m_http->exchangeCode(
        code, SandboxHttp::verifier(), m_sandbox->homeOrganization().signInClientId, redirect());
    QCOMPARE(token.status, 200);
    QCOMPARE(token.object().value("token_type"_L1).toString(), u"bearer"_s);
    QVERIFY(token.object().value("expires_in"_L1).toInt() > 0);
    const QByteArray bearer = token.object().value("access_token"_L1).toString().toLatin1();

    const HttpResult me = m_http->get(u"/api/v2/users/me?expand=organization"_s, bearer);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.object().value("email"_L1).toString(), who);
    QCOMPARE(me.object().value("title"_L1).toString(), u"Authorization Auditor"_s);
    QCOMPARE(me.object().value("organization"_L1).toObject().value("id"_L1).toString(),
             m_sandbox->homeOrganization().id);
    QVERIFY(!me.object().contains("authorization"_L1)); // only when expanded
}

void TestSandboxSignIn::aReplayedCodeIsRefusedAndItsTokenRevoked() {
    const QString code = freshCode(email(u"Trust Manager"_s));
    const QString client = m_sandbox->homeOrganization().signInClientId;
    const HttpResult first =
        m_http->exchangeCode(code, SandboxHttp::verifier(), client, redirect());
    QCOMPARE(first.status, 200);
    const QByteArray bearer = first.object().value("access_token"_L1).toString().toLatin1();
    QCOMPARE(m_http->get(u"/api/v2/users/me"_s, bearer).status, 200);

    const HttpResult again =
        m_http->exchangeCode(code, SandboxHttp::verifier(), client, redirect());
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object().value("error"_L1).toString(), u"invalid_grant"_s);
    QVERIFY(again.object().value("error_description"_L1).toString().contains(u"already used"_s));
    QCOMPARE(m_http->get(u"/api/v2/users/me"_s, bearer).status, 401);
}

void TestSandboxSignIn::aWrongVerifierSpendsTheCode() {
    const QString code = freshCode(email(u"Role Editor"_s));
    const QString client = m_sandbox->homeOrganization().signInClientId;
    const QString other = SandboxHttp::verifier().replace(u'0', u'1');
    const HttpResult wrong = m_http->exchangeCode(code, other, client, redirect());
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.object().value("error"_L1).toString(), u"invalid_grant"_s);
    QVERIFY(wrong.object().value("error_description"_L1).toString().contains(u"code_verifier"_s));
    // One guess per code: the right verifier afterwards no longer helps.
    QCOMPARE(m_http->exchangeCode(code, SandboxHttp::verifier(), client, redirect()).status, 400);
}

void TestSandboxSignIn::theExchangeChecksEveryPart_data() {
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("short verifier") << u"verifier"_s << u"abc"_s << 400 << u"invalid_request"_s;
    QTest::newRow("verifier with +")
        << u"verifier"_s << QString(SandboxHttp::verifier()).replace(0, 1, u"+"_s) << 400
        << u"invalid_request"_s;
    QTest::newRow("other redirect")
        << u"redirect"_s << u"http://127.0.0.1:50001/callback"_s << 400 << u"invalid_grant"_s;
    QTest::newRow("unknown client") << u"client"_s << u"nobody"_s << 401 << u"invalid_client"_s;
    QTest::newRow("made-up code") << u"code"_s << u"guess"_s << 400 << u"invalid_grant"_s;
}

void TestSandboxSignIn::theExchangeChecksEveryPart() {
    QFETCH(QString, part);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);
    const QString code = freshCode(email(u"Role Editor"_s));
    const HttpResult answer = m_http->exchangeCode(
        part == "code"_L1 ? value : code, part == "verifier"_L1 ? value : SandboxHttp::verifier(),
        part == "client"_L1 ? value : m_sandbox->homeOrganization().signInClientId,
        part == "redirect"_L1 ? value : redirect());
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.object().value("error"_L1).toString(), error);
    QVERIFY(!answer.object().contains("access_token"_L1));
}

void TestSandboxSignIn::codesAndTokensExpire() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    options.tokenTtlSeconds = 1;
    options.authorizationCodeTtlSeconds = 1;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const QString who = sandbox.people().value(0).email;
    const QUrlQuery query = http.authorizeQuery(sandbox.homeOrganization(),
                                                SandboxHttp::challengeOf(SandboxHttp::verifier()));
    const QString late = SandboxHttp::codeOf(http.submitSignIn(query, who, sandbox.userPassword()));
    const QByteArray bearer = http.signIn(who);
    QVERIFY(!late.isEmpty() && !bearer.isEmpty());
    QCOMPARE(http.get(u"/api/v2/users/me"_s, bearer).status, 200);
    QThread::msleep(1100);
    const HttpResult expired = http.get(u"/api/v2/users/me"_s, bearer);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.object().value("message"_L1).toString().contains(u"expired"_s));
    const HttpResult code =
        http.exchangeCode(late, SandboxHttp::verifier(), sandbox.homeOrganization().signInClientId,
                          u"http://127.0.0.1:50000/callback"_s);
    QCOMPARE(code.status, 400);
    QVERIFY(code.object().value("error_description"_L1).toString().contains(u"expired"_s));
}

void TestSandboxSignIn::aClientCredentialsTokenHasNoUser() {
    const HttpResult me = m_http->get(u"/api/v2/users/me"_s, m_http->loginHome());
    QVERIFY(me.status >= 400 && me.status < 500);
    QVERIFY(!me.object().value("message"_L1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxSignIn)
#include "tst_sandbox_signin.moc"
