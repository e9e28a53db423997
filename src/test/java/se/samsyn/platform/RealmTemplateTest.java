package se.samsyn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The production realm template keeps what only the demo realm may lack: a production realm that
 * gains users, a password grant or a wildcard redirect, lets users edit who they are, or trusts an
 * identity provider to name the authority fails here before it reaches a server.
 */
class RealmTemplateTest {

  private static final Path DEMO = Path.of("config/keycloak/samsyn-realm.json");
  private static final Path PRODUCTION = Path.of("config/keycloak/samsyn-realm-production.json");

  /** The attributes that say who someone is and which authority they act for. */
  private static final Set<String> IDENTITY_ATTRIBUTES =
      Set.of("username", "email", "firstName", "lastName", "agency");

  private static final Pattern AGENCY = Pattern.compile("FK|AF|REGION|FORBUND|KOMMUN-[0-9]{4}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");

  private final JsonObject demo = read(DEMO);
  private final JsonObject production = read(PRODUCTION);

  @Test
  void productionHasNoUsers() {
    assertFalse(production.containsKey("users"), "users");
    assertFalse(production.containsKey("federatedUsers"), "federatedUsers");
  }

  @Test
  void noProductionClientTakesPasswordsOrIsPublic() {
    for (JsonObject client : objects(production, "clients")) {
      String id = client.getString("clientId");
      assertEquals(
          JsonValue.FALSE, client.get("directAccessGrantsEnabled"), id + " password grant");
      assertEquals(JsonValue.FALSE, client.get("implicitFlowEnabled"), id + " implicit flow");
    }
    for (JsonObject client : enabledClients(production)) {
      String id = client.getString("clientId");
      assertEquals(JsonValue.FALSE, client.get("publicClient"), id + " public");
      assertEquals(JsonValue.FALSE, client.get("serviceAccountsEnabled"), id + " service account");
      assertTrue(
          PLACEHOLDER.matcher(client.getString("secret")).matches(),
          id + " secret must come from the environment");
    }
  }

  @Test
  void productionRedirectsArePlaceholdersWithoutWildcards() {
    for (JsonObject client : enabledClients(production)) {
      String id = client.getString("clientId");
      List<String> uris = strings(client, "redirectUris");
      uris.addAll(strings(client, "webOrigins"));
      uris.addAll(
          List.of(
              client
                  .getJsonObject("attributes")
                  .getString("post.logout.redirect.uris")
                  .split("##")));
      assertFalse(uris.isEmpty(), id);
      for (String uri : uris) {
        assertFalse(uri.contains("*"), id + " wildcard " + uri);
        assertFalse(uri.contains("localhost"), id + " " + uri);
        assertTrue(uri.startsWith("${SAMSYN_BASE_URL}"), id + " " + uri);
      }
    }
  }

  @Test
  void productionLocksOutGuessersAndWantsLongPasswords() {
    assertTrue(production.getBoolean("bruteForceProtected"));
    assertTrue(production.getInt("failureFactor") <= 10);
    // TLS for every request, unless the environment says otherwise at import (docker/ on HTTP).
    assertEquals("${SAMSYN_KEYCLOAK_SSL_REQUIRED:all}", production.getString("sslRequired"));
    assertFalse(production.getBoolean("registrationAllowed"));
    assertFalse(production.getBoolean("editUsernameAllowed"));
    Matcher length = Pattern.compile("(?:^| )length\\((\\d+)\\)").matcher(policy());
    assertTrue(length.find(), policy());
    assertTrue(Integer.parseInt(length.group(1)) >= 12, policy());
    assertTrue(policy().contains("notUsername"), policy());
    assertTrue(policy().contains("passwordHistory("), policy());
  }

  /**
   * Every new account must set up OTP before its first login completes, and Keycloak's built-in
   * browser flow then asks for it on every login. Nobody may remove their own second factor.
   */
  @Test
  void productionRequiresOneTimePasswordsOfEveryone() {
    JsonObject totp = requiredAction("CONFIGURE_TOTP");
    assertTrue(totp.getBoolean("enabled"));
    assertTrue(totp.getBoolean("defaultAction"), "set up at the first login of every account");
    assertFalse(
        actionAliases().contains("delete_credential"), "users must not delete their own OTP");
    assertFalse(production.containsKey("browserFlow"), "the built-in browser flow asks for OTP");
    for (JsonObject flow : objects(production, "authenticationFlows")) {
      assertFalse(flow.getBoolean("builtIn"), "Keycloak's built-in flows stay Keycloak's: " + flow);
    }
    assertEquals("totp", production.getString("otpPolicyType"));
  }

  @Test
  void productionUsersCannotEditWhoTheyAre() {
    Map<String, JsonObject> attributes = userProfile(production);
    assertEquals(IDENTITY_ATTRIBUTES, attributes.keySet());
    attributes.forEach(
        (name, attribute) ->
            assertEquals(
                List.of("admin"),
                strings(attribute.getJsonObject("permissions"), "edit"),
                name + " editable by"));
  }

  @Test
  void bothRealmsKeepAgencyOutOfTheUsersHands() {
    for (JsonObject realm : List.of(demo, production)) {
      JsonObject agency = userProfile(realm).get("agency");
      assertEquals(List.of("admin"), strings(agency.getJsonObject("permissions"), "edit"));
    }
  }

  @Test
  void everyIdentityProviderIsDisabledAndSetsItsOwnAgency() {
    List<JsonObject> providers = objects(production, "identityProviders");
    assertEquals(Set.of("oidc", "saml"), providerIds(providers));
    List<JsonObject> mappers = objects(production, "identityProviderMappers");
    for (JsonObject provider : providers) {
      String alias = provider.getString("alias");
      assertFalse(provider.getBoolean("enabled"), alias + " ships disabled");
      List<JsonObject> own =
          mappers.stream()
              .filter(m -> m.getString("identityProviderAlias").equals(alias))
              .filter(m -> writesAgency(m.getJsonObject("config")))
              .toList();
      assertEquals(1, own.size(), alias + " needs exactly one mapper writing agency");
      JsonObject mapper = own.get(0);
      JsonObject config = mapper.getJsonObject("config");
      assertEquals("hardcoded-attribute-idp-mapper", mapper.getString("identityProviderMapper"));
      assertEquals("FORCE", config.getString("syncMode"), alias + " resets agency at each login");
      assertTrue(AGENCY.matcher(config.getString("attribute.value")).matches(), alias);
      assertFalse(provider.getBoolean("trustEmail"), alias);
    }
    for (JsonObject mapper : mappers) {
      if (writesAgency(mapper.getJsonObject("config"))) {
        assertEquals(
            "hardcoded-attribute-idp-mapper",
            mapper.getString("identityProviderMapper"),
            mapper.getString("name") + " would copy agency from the provider's assertion");
      }
    }
  }

  /** A SAML provider must send its users through two factors (Swedish eID assurance level 3). */
  @Test
  void samlProvidersDemandTwoFactors() {
    for (JsonObject provider : objects(production, "identityProviders")) {
      if (provider.getString("providerId").equals("saml")) {
        JsonObject config = provider.getJsonObject("config");
        assertTrue(config.getString("authnContextClassRefs").contains("loa3"), provider.toString());
        assertEquals("true", config.getString("wantAssertionsSigned"));
        assertEquals("true", config.getString("validateSignature"));
      }
    }
  }

  /**
   * An OpenID Connect provider asserts no assurance level the template could demand, so Keycloak's
   * own one-time code follows every login through it: a post-login flow whose only step is the OTP
   * form, required. (Importing this one flow keeps Keycloak's built-in flows, checked by hand
   * against Keycloak 26.7.3.)
   */
  @Test
  void oidcProvidersAreFollowedByKeycloaksOneTimeCode() {
    for (JsonObject provider : objects(production, "identityProviders")) {
      if (provider.getString("providerId").equals("oidc")) {
        String flowAlias = provider.getString("postBrokerLoginFlowAlias", null);
        JsonObject flow =
            objects(production, "authenticationFlows").stream()
                .filter(f -> f.getString("alias").equals(flowAlias))
                .findFirst()
                .orElseThrow(() -> new AssertionError(provider.getString("alias") + ": no flow"));
        List<JsonObject> steps =
            flow.getJsonArray("authenticationExecutions").getValuesAs(JsonObject.class);
        assertEquals(1, steps.size(), flow.toString());
        assertEquals("auth-otp-form", steps.get(0).getString("authenticator"));
        assertEquals("REQUIRED", steps.get(0).getString("requirement"));
      }
    }
  }

  /** Keycloak creates admin-cli with a password grant unless the realm declares it. */
  @Test
  void productionSwitchesOffKeycloaksCommandLineClient() {
    assertFalse(client(production, "admin-cli").getBoolean("enabled"));
  }

  @Test
  void bothRealmsAgreeOnRolesClientsMappersAndProfile() {
    assertEquals(roles(demo), roles(production));
    assertEquals(Set.of("samsyn-web"), clientIds(production));
    assertTrue(clientIds(demo).containsAll(clientIds(production)));
    for (String id : clientIds(production)) {
      assertEquals(mappers(client(demo, id)), mappers(client(production, id)), id);
    }
    assertEquals(
        userProfile(demo).get("agency").getJsonObject("validations"),
        userProfile(production).get("agency").getJsonObject("validations"));
    assertEquals(demo.getString("realm"), production.getString("realm"));
  }

  @Test
  void onlyTheDemoRealmHasUsersAndAPasswordGrantClient() {
    assertFalse(objects(demo, "users").isEmpty(), "the tests log in as the demo users");
    assertTrue(
        objects(demo, "clients").stream()
            .anyMatch(c -> c.getBoolean("directAccessGrantsEnabled", false)),
        "the tests take tokens with samsyn-cli");
  }

  private static boolean writesAgency(JsonObject config) {
    return config.values().stream()
        .anyMatch(v -> v instanceof JsonString s && s.getString().equals("agency"));
  }

  private String policy() {
    return production.getString("passwordPolicy");
  }

  private JsonObject requiredAction(String alias) {
    return objects(production, "requiredActions").stream()
        .filter(a -> a.getString("alias").equals(alias))
        .findFirst()
        .orElseThrow(() -> new AssertionError("required action " + alias));
  }

  private Set<String> actionAliases() {
    return objects(production, "requiredActions").stream()
        .map(a -> a.getString("alias"))
        .collect(Collectors.toSet());
  }

  private static Set<String> providerIds(List<JsonObject> providers) {
    return providers.stream().map(p -> p.getString("providerId")).collect(Collectors.toSet());
  }

  private static Set<String> roles(JsonObject realm) {
    return realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("name"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<JsonObject> enabledClients(JsonObject realm) {
    return objects(realm, "clients").stream().filter(c -> c.getBoolean("enabled")).toList();
  }

  private static Set<String> clientIds(JsonObject realm) {
    return enabledClients(realm).stream()
        .map(c -> c.getString("clientId"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static JsonObject client(JsonObject realm, String clientId) {
    return objects(realm, "clients").stream()
        .filter(c -> c.getString("clientId").equals(clientId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("client " + clientId));
  }

  private static Map<String, JsonObject> mappers(JsonObject client) {
    Map<String, JsonObject> mappers = new TreeMap<>();
    for (JsonObject mapper : objects(client, "protocolMappers")) {
      mappers.put(mapper.getString("name"), mapper);
    }
    return mappers;
  }

  private static Map<String, JsonObject> userProfile(JsonObject realm) {
    JsonObject component =
        realm
            .getJsonObject("components")
            .getJsonArray("org.keycloak.userprofile.UserProfileProvider")
            .getJsonObject(0);
    String config =
        component.getJsonObject("config").getJsonArray("kc.user.profile.config").getString(0);
    Map<String, JsonObject> attributes = new TreeMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(config))) {
      for (JsonObject attribute :
          reader.readObject().getJsonArray("attributes").getValuesAs(JsonObject.class)) {
        attributes.put(attribute.getString("name"), attribute);
      }
    }
    return attributes;
  }

  private static List<JsonObject> objects(JsonObject parent, String name) {
    JsonArray array = parent.getJsonArray(name);
    return array == null ? List.of() : array.getValuesAs(JsonObject.class);
  }

  private static List<String> strings(JsonObject parent, String name) {
    JsonArray array = parent.getJsonArray(name);
    return array == null
        ? new ArrayList<>()
        : array.getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .collect(Collectors.toCollection(ArrayList::new));
  }

  private static JsonObject read(Path file) {
    try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
      return reader.readObject();
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }
}
