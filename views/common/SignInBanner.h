#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

//! The strip above the workspaces while a sign-in is needed or under way: what is going on,
//! that requests wait (nothing is lost), and one button to sign in (again).
class SignInBanner : public QFrame {
    Q_OBJECT
public:
    enum class State { Hidden, Needed, Expired, InBrowser, Failed, SignedOut };

    explicit SignInBanner(QWidget* parent = nullptr);
    void show(State state, const QString& detail = {});
    State state() const { return m_state; }
    QLabel* label() const { return m_label; }
    QPushButton* signInButton() const { return m_signIn; }

Q_SIGNALS:
    void signInRequested();

private:
    State m_state = State::Hidden;
    QLabel* m_label;
    QPushButton* m_signIn;
};
