package org.safeguardinghub.chronology.api;

/** A request the API cannot act on at all; answered 400 with this message as the problem's detail. */
class InvalidRequest extends RuntimeException {

    InvalidRequest(String detail) {
        super(detail);
    }
}
