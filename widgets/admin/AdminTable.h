// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace gpudesk {

// The look every administration table shares: whole rows selected, one line per row at the
// application browser's density, no row numbers, the last column taking the rest.
void setUpAdminTable(QTableView *table);

} // namespace gpudesk
