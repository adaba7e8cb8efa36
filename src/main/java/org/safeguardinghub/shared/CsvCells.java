package org.safeguardinghub.shared;

/**
 * Text made safe for a spreadsheet cell: spreadsheets run a cell that starts with {@code = + - @},
 * a tab or a carriage return as a formula, so a partner's data such as {@code =HYPERLINK(...)}
 * would become a live formula on a manager's machine. A leading apostrophe keeps it text.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
