#pragma once

#include "common/MessageBox.h"

#include <QDialog>
#include <QTest>

#include <functional>

//! Runs `act` on the next dialog, of type T, instead of showing it (through the MessageBox
//! seam every dialog of the views goes through).
template <typename T>
void onNextDialog(std::function<void(T*)> act) {
    MessageBox::setNextDialogHandler([act](QDialog* dialog) {
        auto* typed = qobject_cast<T*>(dialog);
        QVERIFY2(typed,
                 qPrintable(QStringLiteral("a %1 came instead of the dialog expected")
                                .arg(QString::fromLatin1(dialog->metaObject()->className()))));
        act(typed);
    });
}
