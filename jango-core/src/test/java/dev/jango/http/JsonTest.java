package dev.jango.http;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.BadRequest;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.RequestFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON out of {@link JsonResponse} and into {@code request.json(...)}: java.time, order, escapes, refusals. */
class JsonTest {

    record Booking(String title, Instant createdAt, LocalDate day, OffsetDateTime startsAt, Duration length,
                   LocalDateTime reminder) {}

    record Ordered(String zeta, int alpha, boolean mid, List<String> beta) {}

    /** A bean, not a record: its fields in declaration order too. */
    static final class Bean {
        public String zeta = "z";
        public int alpha = 1;

        public String getMiddle() {
            return "m";
        }
    }

    enum Room {
        SMALL,
        LARGE {
            @Override
            public String toString() {
                return "the large room";
            }
        }
    }

    record Reservation(Room room, int seats) {}

    record Nickname(Optional<String> nickname) {}

    static final Booking BOOKING = new Booking("Review <draft> & 'notes'", Instant.parse("2026-05-01T09:30:00.250Z"),
            LocalDate.of(2026, 5, 4), OffsetDateTime.parse("2026-05-04T14:00:00+02:00"), Duration.ofMinutes(90),
            LocalDateTime.of(2026, 5, 4, 13, 45));

    static final String BOOKING_JSON = "{\"title\":\"Review \\u003cdraft\\u003e \\u0026 \\u0027notes\\u0027\","
            + "\"createdAt\":\"2026-05-01T09:30:00.250Z\",\"day\":\"2026-05-04\","
            + "\"startsAt\":\"2026-05-04T14:00:00+02:00\",\"length\":\"PT1H30M\",\"reminder\":\"2026-05-04T13:45:00\"}";

    private final Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "j")
            .set(ALLOWED_HOSTS, List.of("testserver"))
            .urls(
                    path("booking/", (request, kwargs) -> new JsonResponse(BOOKING)),
                    path("echo/", (request, kwargs) -> new JsonResponse(request.json(Booking.class))),
                    path("reserve/", (request, kwargs) -> new JsonResponse(request.json(Reservation.class))),
                    path("null/", (request, kwargs) -> new JsonResponse(null)))
            .build());

    private final RequestFactory rf = new RequestFactory();

    @Test
    void java_time_values_are_written_as_iso_8601_strings() {
        ClientResponse response = client.get("/booking/");

        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.text()).isEqualTo(BOOKING_JSON);
    }

    @Test
    void java_time_values_are_read_back_from_a_request_body_with_their_offset() {
        ClientResponse echoed = client.request("POST", "/echo/").json(BOOKING_JSON).send();

        assertThat(echoed.status()).isEqualTo(200);
        assertThat(echoed.text()).isEqualTo(BOOKING_JSON);
        assertThat(echoed.json(Booking.class)).isEqualTo(BOOKING); // OffsetDateTime.equals compares the offset too
        assertThat(rf.request("POST", "/").json(BOOKING_JSON).send().json(Booking.class)).isEqualTo(BOOKING);
    }

    @Test
    void properties_come_in_declaration_order_not_alphabetically() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("zeta", 1);
        map.put("alpha", null);

        assertThat(new JsonResponse(new Ordered("z", 1, true, List.of("b", "a"))).text())
                .isEqualTo("{\"zeta\":\"z\",\"alpha\":1,\"mid\":true,\"beta\":[\"b\",\"a\"]}");
        assertThat(new JsonResponse(new Bean()).text()).isEqualTo("{\"zeta\":\"z\",\"alpha\":1,\"middle\":\"m\"}");
        assertThat(new JsonResponse(map).text()).isEqualTo("{\"zeta\":1,\"alpha\":null}");
    }

    @Test
    void html_significant_and_non_ascii_characters_are_escaped() {
        assertThat(new JsonResponse(Map.of("text", "</script><b>&'\"é😀/")).text()).isEqualTo(
                "{\"text\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u0027\\\"\\u00e9\\ud83d\\ude00/\"}");
    }

    @Test
    void an_unknown_property_is_a_400_naming_it() {
        String body = "{\"title\":\"t\",\"admin\":true}";

        assertThat(client.request("POST", "/echo/").json(body).send().status()).isEqualTo(400);
        assertThatThrownBy(() -> rf.request("POST", "/").json(body).send().json(Booking.class))
                .isInstanceOf(BadRequest.class).hasMessageStartingWith("Malformed JSON body at $.admin: ")
                .hasMessageContaining("Unrecognized property \"admin\"");
    }

    @Test
    void malformed_json_is_a_400_saying_where() {
        assertThat(client.request("POST", "/echo/").json("{\"title\": ,}").send().status()).isEqualTo(400);
        assertThatThrownBy(() -> rf.request("POST", "/").json("{\n \"title\": ,}").send().json(Booking.class))
                .isInstanceOf(BadRequest.class).hasMessageStartingWith("Malformed JSON body at line 2, column 11");
        assertThatThrownBy(() -> rf.request("POST", "/").json("{} {}").send().json(Booking.class))
                .isInstanceOf(BadRequest.class).hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> rf.request("POST", "/").json("{\"day\":\"May 4\"}").send().json(Booking.class))
                .isInstanceOf(BadRequest.class)
                .hasMessageStartingWith("Malformed JSON body at line 1, column 8 ($.day)");
    }

    @Test
    void null_for_a_primitive_is_a_400_not_zero() {
        assertThat(client.request("POST", "/reserve/").json("{\"room\":\"SMALL\",\"seats\":null}").send().status())
                .isEqualTo(400);
        assertThatThrownBy(() -> rf.request("POST", "/").json("{\"room\":\"SMALL\",\"seats\":null}").send()
                .json(Reservation.class)).isInstanceOf(BadRequest.class).hasMessageContaining("($.seats)");
    }

    @Test
    void enums_are_written_and_read_by_name_not_to_string() {
        ClientResponse response = client.request("POST", "/reserve/").json("{\"room\":\"LARGE\",\"seats\":2}").send();

        assertThat(response.text()).isEqualTo("{\"room\":\"LARGE\",\"seats\":2}");
        String byToString = "{\"room\":\"the large room\",\"seats\":2}";
        assertThat(client.request("POST", "/reserve/").json(byToString).send().status()).isEqualTo(400);
    }

    @Test
    void dates_and_optionals_are_written_as_values() {
        assertThat(new JsonResponse(new Date(1777627800250L)).text()).isEqualTo("\"2026-05-01T09:30:00.250Z\"");
        assertThat(new JsonResponse(new Nickname(Optional.of("ada"))).text()).isEqualTo("{\"nickname\":\"ada\"}");
        assertThat(new JsonResponse(new Nickname(Optional.empty())).text()).isEqualTo("{\"nickname\":null}");
    }

    @Test
    void a_value_with_nothing_to_write_is_refused_where_the_response_is_made() {
        assertThatThrownBy(() -> new JsonResponse(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot serialise java.lang.Object as JSON");
    }

    @Test
    void the_test_client_gives_a_tree_and_null_for_a_null_body() {
        assertThat(client.get("/booking/").json().get("startsAt").asString()).isEqualTo("2026-05-04T14:00:00+02:00");
        assertThat(client.get("/null/").json().isNull()).isTrue();
    }

    @Test
    void json_writes_reads_and_converts_without_a_jackson_type() {
        assertThat(Json.write(BOOKING)).isEqualTo(BOOKING_JSON);
        assertThat(Json.read(BOOKING_JSON, Booking.class)).isEqualTo(BOOKING);
        List<?> list = Json.read("[1,\"a\",null]", List.class);
        assertThat(list).isEqualTo(java.util.Arrays.asList(1, "a", null));
        assertThatThrownBy(() -> Json.read("{\"title\":}", Booking.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Malformed JSON at line 1, column 10");

        Object tree = Json.convert(BOOKING, Object.class);
        assertThat(tree).isInstanceOf(Map.class).hasToString("{title=Review <draft> & 'notes', "
                + "createdAt=2026-05-01T09:30:00.250Z, day=2026-05-04, startsAt=2026-05-04T14:00:00+02:00, "
                + "length=PT1H30M, reminder=2026-05-04T13:45:00}");
        assertThat(Json.convert(tree, Booking.class)).isEqualTo(BOOKING);
        assertThatThrownBy(() -> Json.convert(Map.of("seats", "many"), Reservation.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Reservation");
    }
}
