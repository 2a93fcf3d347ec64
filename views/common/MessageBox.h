#pragma once

#include <QMessageBox>

#include <functional>

class QDialog;

//! Where every confirmation and every modal dialog of RoleDesk is shown, so tests can answer
//! them without a modal loop (KeePassXC's MessageBox::setNextAnswer): an answer queued with
//! setNextAnswer() is given to the next dialog instead of showing it.
class MessageBox {
public:
    //! Shows the box modally; returns the button clicked (nullptr if closed without one).
    static QAbstractButton* exec(QMessageBox& box);
    //! Shows the dialog modally; returns its result (QDialog::Accepted or Rejected).
    static int exec(QDialog& dialog);

    // ---- for tests
    //! The next message box is answered with this standard button.
    static void setNextAnswer(QMessageBox::StandardButton button);
    //! The next message box is answered with the button labelled `text` (without '&').
    static void setNextAnswer(const QString& buttonText);
    //! The next dialog (of any kind) is handed to `act` instead of being shown; exec() then
    //! returns what `act` left (the clicked button, or the dialog's result).
    static void setNextDialogHandler(std::function<void(QDialog*)> act);
    //! Answers queued and not used yet; clearAnswers() drops them.
    static int pendingAnswers();
    static void clearAnswers();
    //! The text and informative text of the last message box shown or answered.
    static QString lastText();
    static QString lastInformativeText();
    //! Message boxes that arrived with no answer queued while answers were required (tests
    //! set requireAnswers(true) so an unexpected question fails rather than blocks).
    static void requireAnswers(bool required);
    static int unexpectedDialogs();
};
