#include "common/TreeReveal.h"

#include <QTreeView>

void revealMatches(QTreeView* tree, bool filtered, int expandAllUpTo) {
    if (!filtered)
        tree->collapseAll();
    else if (tree->model()->rowCount() <= expandAllUpTo)
        tree->expandAll();
    else
        tree->expandToDepth(0);
}
