package se.samsyn.security.rest;

import java.util.List;

public record MeDto(String username, String name, String agency, List<String> roles) {}
