package vn.motcua.province;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a province file set (docs/province.md): {@code province.json} and, in a demo set only,
 * {@code demo-people.json}; from a folder, the classpath, an uploaded JSON body or a zip of the folder.
 * Unknown fields are refused, so a misspelt key is named rather than ignored.
 */
public final class ProvinceFiles {

    public static final String PROVINCE = "province.json";
    public static final String DEMO_PEOPLE = "demo-people.json";

    /** Largest uploaded or unpacked file set accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ProvinceFiles() {
    }

    /** The province of a folder on disk. */
    public static Province readDirectory(Path dir) {
        try {
            return parse(Files.readAllBytes(dir.resolve(PROVINCE)), Province.class, PROVINCE);
        } catch (IOException e) {
            throw new InvalidProvince(PROVINCE, "Không đọc được " + dir.resolve(PROVINCE) + ": " + e.getMessage());
        }
    }

    /** The province of a classpath folder, e.g. {@code province/binh-phuoc-demo}. */
    public static Province readClasspath(String location) {
        return parse(classpathBytes(location, PROVINCE, true), Province.class, PROVINCE);
    }

    /** The demo people of a classpath folder, empty when it has none. */
    public static DemoPeople demoPeopleOnClasspath(String location) {
        byte[] bytes = classpathBytes(location, DEMO_PEOPLE, false);
        return bytes == null ? new DemoPeople(null) : parse(bytes, DemoPeople.class, DEMO_PEOPLE);
    }

    /** An uploaded file set: the JSON of {@code province.json}, or a zip holding it (at its root or one folder down). */
    public static Province readUpload(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new TooLarge();
        }
        if (body.length > 1 && body[0] == 'P' && body[1] == 'K') {
            return parse(fromZip(body), Province.class, PROVINCE);
        }
        return parse(body, Province.class, PROVINCE);
    }

    /** The JSON of a province, as the admin API answers it. */
    public static byte[] write(Province province) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(province);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The upload is larger than {@link #MAX_BYTES}. */
    public static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("Tệp mô tả tỉnh lớn hơn " + MAX_BYTES + " byte");
        }
    }

    private static byte[] fromZip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (!entry.isDirectory() && (name.equals(PROVINCE) || name.matches("[^/]+/" + PROVINCE.replace(".", "\\.")))) {
                    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                    if (bytes.length > MAX_BYTES) {
                        throw new TooLarge();
                    }
                    return bytes;
                }
            }
        } catch (IOException e) {
            throw new InvalidProvince("file", "Không đọc được tệp zip: " + e.getMessage());
        }
        throw new InvalidProvince("file", "Tệp zip không có " + PROVINCE);
    }

    private static byte[] classpathBytes(String location, String file, boolean required) {
        String path = location.replaceFirst("^classpath:", "").replaceAll("/+$", "") + "/" + file;
        try (InputStream in = ProvinceFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                if (required) {
                    throw new InvalidProvince(file, "Không có tệp " + path + " trên classpath");
                }
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidProvince(file, "Không đọc được " + path + ": " + e.getMessage());
        }
    }

    private static <T> T parse(byte[] bytes, Class<T> type, String file) {
        try {
            T value = JSON.readValue(bytes, type);
            if (value == null) {
                throw new InvalidProvince(file, "Tệp rỗng");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new InvalidProvince(path(e), "Không đọc được: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidProvince(file, "Không phải JSON hợp lệ: " + e.getMessage());
        }
    }

    /** The field a mapping error is about, as {@code agencies[2].units}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? PROVINCE : path.toString();
    }
}
