package io.parksuite.project;

import io.parksuite.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static io.restassured.RestAssured.given;

/** Loads the suite's demo data files (deploy/demo/data) the way {@code deploy/suite demo} does. */
public final class DemoData {

    private static final Path DIR = Path.of("..", "deploy", "demo", "data");

    private DemoData() {
    }

    public static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo data " + file, e);
        }
    }

    /** POSTs a demo file with an Idempotency-Key from its checksum, so that loading twice loads once. */
    public static ValidatableResponse load(String path, String file) {
        String body = read(file);
        return given().auth().oauth2(TestTokens.forClient("investment-officer", "demo-loader"))
                .contentType(ContentType.JSON).header("Idempotency-Key", "demo-" + sha256(body).substring(0, 32))
                .body(body).when().post(path).then();
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
