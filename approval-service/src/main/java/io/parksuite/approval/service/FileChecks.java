package io.parksuite.approval.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * What the desk checks in a material file's bytes: that its first bytes match the declared type (a
 * renamed file is refused), the type of a file sent as generic bytes, and its SHA-256, stored with
 * it and compared on every read.
 */
final class FileChecks {

    /** The types whose content starts with a signature {@link #matchesType} checks. */
    private static final Set<String> SIGNED = Set.of("application/pdf", "image/png", "image/jpeg");

    private FileChecks() {
    }

    static boolean matchesType(String type, Path file) {
        return matchesType(type, head(file));
    }

    /** The type among {@code types} whose signature the file starts with, if any. */
    static Optional<String> typeOf(Path file, Collection<String> types) {
        byte[] head = head(file);
        return types.stream().filter(type -> SIGNED.contains(type) && matchesType(type, head)).findFirst();
    }

    private static byte[] head(Path file) {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.copyOf(head, read);
    }

    static boolean matchesType(String type, byte[] content) {
        return switch (type) {
            case "application/pdf" -> startsWith(content, new byte[]{'%', 'P', 'D', 'F'});
            case "image/png" -> startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            default -> true;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
