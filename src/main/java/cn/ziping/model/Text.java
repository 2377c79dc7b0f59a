package cn.ziping.model;

/** A text value read from a cell; {@code value} is trimmed, empty when the cell is blank. */
public record Text(String value, CellRef at) {

    public boolean isBlank() {
        return value == null || value.isBlank();
    }

    public String orEmpty() {
        return value == null ? "" : value;
    }
}
