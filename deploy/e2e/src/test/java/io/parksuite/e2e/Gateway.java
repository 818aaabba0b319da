package io.parksuite.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.util.Optional;

/** The running suite's single origin, the gateway ({@code GATEWAY_URL}, default http://127.0.0.1:8080). */
public final class Gateway {

    public static final String URL = Optional.ofNullable(System.getenv("GATEWAY_URL"))
            .filter(url -> !url.isBlank())
            .orElse("http://127.0.0.1:8080");

    private Gateway() {
    }

    static RequestSpecification request() {
        return RestAssured.given().baseUri(URL);
    }
}
