#include "common/AccessGate.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace {

constexpr const char* kOwnTip = "roledeskOwnToolTip";

template <typename T>
void gate(T* target, bool enabled, const AccessRights& rights, const QStringList& anyOf,
          const QString& whyNotNow) {
    if (!target)
        return;
    // The tooltip the target had before any permission was named in it.
    if (!target->property(kOwnTip).isValid())
        target->setProperty(kOwnTip, target->toolTip());
    const QString own = target->property(kOwnTip).toString();
    const QString missing = rights.whyNot(anyOf);
    const QString why = !whyNotNow.isEmpty() ? whyNotNow : missing;
    target->setEnabled(enabled && why.isEmpty());
    target->setToolTip(why.isEmpty() ? own : own.isEmpty() ? why : own + u'\n' + why);
}

} // namespace

namespace AccessGate {

void apply(QAction* action, bool enabled, const AccessRights& rights, const QStringList& anyOf,
           const QString& whyNot) {
    gate(action, enabled, rights, anyOf, whyNot);
}

void apply(QWidget* widget, bool enabled, const AccessRights& rights, const QStringList& anyOf,
           const QString& whyNot) {
    gate(widget, enabled, rights, anyOf, whyNot);
}

} // namespace AccessGate
