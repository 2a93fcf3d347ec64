#include "common/SignInBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

SignInBanner::SignInBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel)
    , m_signIn(new QPushButton(tr("Sign in…"))) {
    setObjectName(QStringLiteral("signInBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signIn->setToolTip(tr("Open the sign-in page in your browser"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_signIn);
    connect(m_signIn, &QPushButton::clicked, this, &SignInBanner::signInRequested);
    setVisible(false);
}

void SignInBanner::show(State state, const QString& detail) {
    m_state = state;
    QString text;
    switch (state) {
    case State::Hidden:
        setVisible(false);
        return;
    case State::Needed:
        text = tr("Sign in with your account to load the organization. The sign-in page opens in"
                  " your browser.");
        break;
    case State::Expired:
        text = tr("Your sign-in has expired. What RoleDesk was doing waits, and nothing is lost:"
                  " sign in again to go on.");
        break;
    case State::InBrowser:
        text = tr("Finish signing in in your browser. RoleDesk goes on as soon as you have.");
        break;
    case State::Failed:
        text = tr("Signing in did not work: %1").arg(detail);
        break;
    case State::SignedOut:
        text = tr("You are signed out. Sign in to work with the organization again.");
        break;
    }
    m_label->setText(text);
    m_signIn->setText(state == State::InBrowser ? tr("Open the page again…")
                      : state == State::Expired ? tr("Sign in again…")
                                                : tr("Sign in…"));
    setVisible(true);
}
