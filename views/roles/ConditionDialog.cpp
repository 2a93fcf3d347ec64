#include "roles/ConditionDialog.h"

#include "roles/ConditionText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConditionDialog::ConditionDialog(const QString& policyName, const QStringList& actions,
                                 const std::optional<DomainResourceConditionNode>& condition,
                                 QWidget* parent)
    : QDialog(parent)
    , m_text(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_condition(condition) {
    setWindowTitle(tr("Condition of %1").arg(policyName));
    auto* intro = new QLabel(
        tr("The policy %1 grants <b>%2</b> only when this condition holds.")
            .arg(policyName.toHtmlEscaped(), actions.join(QStringLiteral(", ")).toHtmlEscaped()));
    intro->setWordWrap(true);
    auto* help = new QLabel(
        tr("Write <i>variable OPERATOR value</i>, with EQ, GE, GT, LE, LT (one value) or IN (a list"
           " in parentheses). Values: \"text\", $variable, user:id, queue:id or team:id, each id"
           " optionally followed by its \"name\". Join terms with AND or OR; use parentheses to"
           " mix them.<br>Example: <tt>Queue.id IN (queue:123 \"Billing\", queue:456)</tt>"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);
    m_text->setText(condition ? ConditionText::format(*condition) : QString());
    m_text->setAccessibleName(tr("Condition"));
    m_text->setMinimumWidth(560);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    QPushButton* remove =
        m_buttons->addButton(tr("Remove condition"), QDialogButtonBox::DestructiveRole);
    remove->setEnabled(condition.has_value());
    connect(remove, &QPushButton::clicked, this, [this] {
        m_condition.reset();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLineEdit::textChanged, this, &ConditionDialog::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addWidget(help);
    layout->addWidget(m_buttons);
    check();
}

QPushButton* ConditionDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ConditionDialog::check() {
    const QString text = m_text->text();
    if (text.trimmed().isEmpty()) {
        m_problem->setText(tr("Write a condition, or choose Remove condition."));
        okButton()->setEnabled(false);
        return;
    }
    const ConditionText::ParseResult result = ConditionText::parse(text);
    if (!result.node) {
        m_problem->setText(
            result.position >= 0
                ? tr("At character %1: %2").arg(result.position + 1).arg(result.error)
                : result.error);
        okButton()->setEnabled(false);
        return;
    }
    m_problem->clear();
    m_condition = result.node;
    okButton()->setEnabled(true);
}
