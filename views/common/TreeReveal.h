#pragma once

class QTreeView;

//! After a filter changes: a filtered tree opens so its matches are visible at once (all of it
//! when the top level is short, the top level otherwise); an unfiltered one closes again.
void revealMatches(QTreeView* tree, bool filtered, int expandAllUpTo = 40);
