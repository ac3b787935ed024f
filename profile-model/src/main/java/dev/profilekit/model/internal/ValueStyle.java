package dev.profilekit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model module, put on each package that holds value types.
 *
 * <p>The generated {@code Immutable*} classes are package-private ("sandwich" style): each
 * abstract value type {@code X} declares {@code static Builder builder()} and a nested
 * {@code final class Builder extends ImmutableX.Builder}, and extends the generated
 * {@code WithX} interface for its {@code with*} copy methods. {@code overshadowImplementation}
 * makes every generated setter, {@code build()} and {@code with*} method return {@code X} or
 * {@code X.Builder}, so no generated name reaches a public signature. JDK collections only (no
 * Guava at run time); an absent optional may be given as {@code null}.
 *
 * <p>Public only so that several packages can use it; it lives in an internal package and has
 * class retention, so it is no part of the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = true)
public @interface ValueStyle {}
