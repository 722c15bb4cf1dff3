// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/PrometheusSource.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gpudesk {

// The fields of one Prometheus source: name, URL, CA file, authentication, label filter, step and
// periodic fetch. The token or password field never shows its text.
class PrometheusSourceForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSourceForm)

public:
    explicit PrometheusSourceForm(QWidget *parent = nullptr);

    void setSource(const PrometheusSource &source);
    // The edited source: the fields over what setSource() gave (id and fetch ranges kept).
    PrometheusSource source() const;

Q_SIGNALS:
    void edited();

private:
    void updateAuthFields();
    void browseCa();

    PrometheusSource m_source;
    bool m_loading = false;
    QPointer<QLineEdit> m_name;
    QPointer<QLineEdit> m_url;
    QPointer<QLineEdit> m_ca;
    QPointer<QComboBox> m_auth;
    QPointer<QLabel> m_userLabel;
    QPointer<QLineEdit> m_user;
    QPointer<QLabel> m_secretLabel;
    QPointer<QLineEdit> m_secret;
    QPointer<QLineEdit> m_filter;
    QPointer<QSpinBox> m_step;
    QPointer<QCheckBox> m_periodic;
    QPointer<QSpinBox> m_interval;
    QPointer<QLabel> m_fetched;
};

} // namespace gpudesk
