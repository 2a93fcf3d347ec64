#pragma once

#include "wire/ApiStatus.h"

#include <QWidget>

class QTreeWidget;

//! Every failure, non-modal: when, what was being done, the API's message, its code and the
//! contextId to quote to support. Rows can be copied.
class ErrorPanel : public QWidget {
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget* parent = nullptr);

    void addError(const QString& operation, const ApiStatus& status);
    int errorCount() const;
    QSize sizeHint() const override;
    //! The selected rows (or all) as text, for the clipboard.
    QString detailsText() const;

Q_SIGNALS:
    void errorAdded(const QString& message);

private:
    QTreeWidget* m_list;
};
