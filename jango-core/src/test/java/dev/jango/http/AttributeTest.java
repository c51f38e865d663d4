package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.conf.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Typed request attributes: a request's own values over the application's shared ones, key by key. */
class AttributeTest {

    private static final Settings SETTINGS = Settings.builder(Map.of()).build();
    private static final Attribute<String> TENANT = Attribute.named("tenant");
    private static final Attribute<Integer> PAGE = Attribute.named("page");

    private static Request request(Attributes shared) {
        return Request.from(TestGateway.get("/"), SETTINGS, shared);
    }

    @Test
    void an_attribute_nobody_set_is_null() {
        assertThat(request(Attributes.none()).attribute(TENANT)).isNull();
        assertThat(Request.from(TestGateway.get("/"), SETTINGS).attribute(PAGE)).isNull();
    }

    @Test
    void a_request_reads_what_it_set_typed() {
        Request request = request(Attributes.none());
        request.setAttribute(TENANT, "acme");
        request.setAttribute(PAGE, 3);
        String tenant = request.attribute(TENANT);
        int page = request.attribute(PAGE);
        assertThat(tenant).isEqualTo("acme");
        assertThat(page).isEqualTo(3);
        request.setAttribute(PAGE, 4);
        assertThat(request.attribute(PAGE)).as("set again: replaced").isEqualTo(4);
    }

    @Test
    void a_requests_own_value_hides_the_shared_one_for_that_request_only() {
        Attributes shared = Attributes.none().with(TENANT, "shared");
        Request first = request(shared);
        Request second = request(shared);
        assertThat(first.attribute(TENANT)).isEqualTo("shared");
        first.setAttribute(TENANT, "own");
        assertThat(first.attribute(TENANT)).isEqualTo("own");
        assertThat(second.attribute(TENANT)).isEqualTo("shared");
        assertThat(shared.get(TENANT)).isEqualTo("shared");
    }

    @Test
    void setting_null_brings_back_the_shared_value() {
        Request request = request(Attributes.none().with(TENANT, "shared"));
        request.setAttribute(TENANT, "own");
        request.setAttribute(TENANT, null);
        assertThat(request.attribute(TENANT)).isEqualTo("shared");
        Request fresh = request(Attributes.none());
        fresh.setAttribute(TENANT, null);
        assertThat(fresh.attribute(TENANT)).isNull();
        fresh.setAttribute(TENANT, "x");
        fresh.setAttribute(TENANT, null);
        assertThat(fresh.attribute(TENANT)).isNull();
    }

    @Test
    void keys_are_independent_even_with_the_same_name() {
        Attribute<String> one = Attribute.named("same");
        Attribute<String> other = Attribute.named("same");
        Request request = request(Attributes.none().with(other, "shared other"));
        request.setAttribute(one, "mine");
        assertThat(request.attribute(one)).isEqualTo("mine");
        assertThat(request.attribute(other)).isEqualTo("shared other");
        assertThat(request.attribute(TENANT)).isNull();
        assertThat(one.name()).isEqualTo(other.name()).isEqualTo("same");
        assertThat(one).isNotEqualTo(other).hasToString("Attribute same");
    }

    @Test
    void keys_made_after_a_request_set_its_first_value_still_fit() {
        Request request = request(Attributes.none());
        request.setAttribute(TENANT, "early");
        List<Attribute<Integer>> keys = new ArrayList<>();
        IntStream.range(0, 100).forEach(i -> keys.add(Attribute.named("late" + i)));
        for (int i = 0; i < keys.size(); i++) {
            request.setAttribute(keys.get(i), i);
        }
        for (int i = 0; i < keys.size(); i++) {
            assertThat(request.attribute(keys.get(i))).isEqualTo(i);
        }
        assertThat(request.attribute(TENANT)).isEqualTo("early");
    }

    @Test
    void shared_values_are_immutable_copies_and_a_later_key_reads_as_null() {
        Attributes none = Attributes.none();
        Attributes one = none.with(TENANT, "a");
        Attributes two = one.with(PAGE, 2).with(TENANT, "b");
        assertThat(none.get(TENANT)).isNull();
        assertThat(one.get(TENANT)).isEqualTo("a");
        assertThat(one.get(PAGE)).isNull();
        assertThat(two.get(TENANT)).isEqualTo("b");
        assertThat(two.get(PAGE)).isEqualTo(2);
        assertThat(two.with(PAGE, null).get(PAGE)).as("null removes").isNull();
        Attribute<String> later = Attribute.named("later");
        assertThat(two.get(later)).isNull();
        assertThat(request(two).attribute(later)).isNull();
        assertThatThrownBy(() -> none.with(null, "x")).isInstanceOf(NullPointerException.class);
    }
}
