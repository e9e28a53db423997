package se.samsyn.platform.rest;

/** The body of a 201 for something named by a numeric id: {@code {"id": 12}}. */
public record CreatedId(long id) {}
