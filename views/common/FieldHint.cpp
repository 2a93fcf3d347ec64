#include "common/FieldHint.h"

#include <QLineEdit>

void fitPlaceholder(QLineEdit* field) {
    // The text, the frame and margins, and the clear button where there is one.
    const int extra = field->isClearButtonEnabled() ? 56 : 30;
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(field->placeholderText())
                           + extra);
}
