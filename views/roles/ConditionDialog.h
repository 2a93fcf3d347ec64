#pragma once

#include "wire/RoleTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

//! Edits the condition of one policy as a line of text (see ConditionText), checked as the
//! admin types; OK stays disabled until the condition is valid. "Remove condition" clears it.
class ConditionDialog : public QDialog {
    Q_OBJECT
public:
    ConditionDialog(const QString& policyName, const QStringList& actions,
                    const std::optional<DomainResourceConditionNode>& condition,
                    QWidget* parent = nullptr);

    //! The condition chosen; nullopt when it was removed.
    std::optional<DomainResourceConditionNode> condition() const { return m_condition; }
    QLineEdit* textField() const { return m_text; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* okButton() const;

private:
    void check();

    QLineEdit* m_text;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    std::optional<DomainResourceConditionNode> m_condition;
};
