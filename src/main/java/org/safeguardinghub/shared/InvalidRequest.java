package org.safeguardinghub.shared;

/** A request the API cannot act on at all; answered 400 with this message as the problem's detail. */
public class InvalidRequest extends RuntimeException {

    public InvalidRequest(String detail) {
        super(detail);
    }
}
