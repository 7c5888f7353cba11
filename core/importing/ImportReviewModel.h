// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The review table of an import: one top-level row per candidate development of a batch, its candidate
// obligations as children. Owns a copy of the batch; ticks and edits in place change that copy, and batch()
// is what the import writes. Colours are the view's business: cells say how sure the detection was
// (ConfidenceRole) and how the item matches the database (MatchRole).

#include "ImportBatch.h"
#include "ReferenceNames.h"

#include <QAbstractItemModel>

namespace rt::core {

class ImportReviewModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    // Children use NumberColumn (tick), TitleColumn (text), KindColumn (obligation kind),
    // ParametersColumn and ConfidenceColumn; items use them all (ParametersColumn: penalties).
    enum Column {
        NumberColumn,
        TitleColumn,
        StatusColumn,
        WarningsColumn,
        AuthoritiesColumn,
        AnnouncedColumn,
        KindColumn,
        StageColumn,
        CommentDeadlineColumn,
        EffectiveColumn,
        TopicsColumn,
        ParametersColumn,
        ConfidenceColumn,
        ColumnCount
    };
    // How a cell is edited in place.
    enum class Editor { None, Text, Date, DevelopmentKind, Stage, ObligationKind, AuthorityCodes };
    enum Role {
        ConfidenceRole = Qt::UserRole + 1, // double 0…1 of the cell's detection; invalid when not detected
        LowConfidenceRole, // bool: detected, but below lowConfidence
        MatchRole, // int(ImportMatch), items only
        EditorRole, // int(Editor)
        ItemRole, // int: the item's row in the batch
        ObligationRole, // int: the candidate's row in its item, -1 for items
        KeyRole, // the stored key of a kind or stage cell, the codes of an authorities cell
        DateHintRole, // QDate a date editor opens on: the cell's date, else the announcement, else the
                      // issue's year
    };

    static constexpr double lowConfidence = 0.6;

    explicit ImportReviewModel(QObject *parent = nullptr);

    void setBatch(ImportBatch batch);
    const ImportBatch &batch() const { return m_batch; }
    const ImportItem &item(int row) const { return m_batch.items.at(row); }
    // Authority short names for the table, and what an authorities cell accepts.
    void setReferenceNames(const ReferenceNames &names);
    void setLanguage(Language language);
    void retranslate();

    int itemRow(const QModelIndex &index) const; // -1 when invalid
    void setAllSelected(bool selected);
    // Flips the tick of index's row (an item or a candidate obligation).
    void toggle(const QModelIndex &index);
    int selectedCount() const;
    int selectedObligationCount() const; // of the selected items

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The field name (ImportField) a column of an item shows, empty for none.
    static QString fieldOf(int column);
    static QString statusText(ImportMatch match);

Q_SIGNALS:
    void selectionCountChanged();
    // An edit that was refused, with a sentence saying why (an unknown authority code).
    void editRefused(const QString &message);

private:
    QVariant itemData(const ImportItem &item, int column, int role) const;
    QVariant confidenceData(const ImportItem &item, int column, int role) const;
    static Editor editorOf(int column);
    QVariant dateHint(const ImportItem &item, int column) const;
    QVariant keyData(const ImportItem &item, int column) const;
    QVariant editData(const ImportItem &item, int column) const;
    QVariant displayData(const ImportItem &item, int column) const;
    QVariant toolTip(const ImportItem &item, int column) const;
    QVariant obligationData(const ImportItem &item, const CandidateObligation &candidate, int column,
                            int role) const;
    bool setItemData(ImportItem &item, int column, const QVariant &value);
    bool setObligationData(CandidateObligation &candidate, Language language, int column,
                           const QVariant &value);
    QString authoritiesText(const QStringList &codes, const ImportItem &item) const;
    QString authorityName(const QString &code, const ImportItem &item) const;
    void emitRowChanged(const QModelIndex &index);

    ImportBatch m_batch;
    ReferenceNames m_names;
    Language m_language = Language::English;
};

} // namespace rt::core
