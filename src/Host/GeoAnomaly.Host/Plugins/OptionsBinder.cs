using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Plugins;

/// <summary>A configuration object that does not fit its options type: an unknown option or a value of the wrong type.</summary>
internal sealed class OptionsBindingException(string message) : Exception(message);

/// <summary>
/// Binds a JSON object of configuration to an options record (a plugin component's <see cref="ComponentInfo.OptionsType"/>
/// or a host options record) with <see cref="System.Text.Json"/>: camelCase names (matched without regard to case),
/// enums as strings, and every unknown member an error (<see cref="JsonUnmappedMemberHandling.Disallow"/>).
/// </summary>
/// <remarks>Before deserializing, the object's keys are checked against the record's settable properties (recursively
/// for nested option records) so that an unknown option is reported by name with the options that exist, and a value
/// of the wrong type is reported with the option and the type expected. Values are not validated here: that is the
/// options' own <c>Validate()</c>, called through the guard for plugin components.</remarks>
internal static class OptionsBinder
{
    /// <summary>The serializer settings used for every options record.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Binds <paramref name="json"/> (an object, or null/undefined for the defaults) to <paramref name="optionsType"/>.</summary>
    /// <param name="json">The configuration object.</param>
    /// <param name="optionsType">The options record type (parameterless constructor, settable properties).</param>
    /// <param name="owner">Who the options belong to, for messages (<c>detector robust-zscore</c>); empty when <paramref name="where"/> says it.</param>
    /// <param name="where">Where the object is, for messages (<c>detectors.json: fluid.detectors[0].options</c>).</param>
    /// <exception cref="OptionsBindingException">The object has an unknown key or a value of the wrong type.</exception>
    public static object Bind(JsonElement? json, Type optionsType, string owner, string where)
    {
        ArgumentNullException.ThrowIfNull(optionsType);
        ArgumentNullException.ThrowIfNull(owner);
        where = owner.Length == 0 ? where : $"{where}: {owner}";
        if (json is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return Activator.CreateInstance(optionsType)
                ?? throw new OptionsBindingException($"{where}: cannot create default options of type {optionsType.Name}");
        }

        CheckKeys(element, optionsType, where, "");
        try
        {
            return element.Deserialize(optionsType, Json)
                ?? throw new OptionsBindingException($"{where}: options must be an object");
        }
        catch (JsonException e)
        {
            throw new OptionsBindingException($"{where}: {Describe(e, element, optionsType)}");
        }
    }

    /// <summary>Binds <paramref name="json"/> to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The options record.</typeparam>
    /// <param name="json">The configuration object, or null for the defaults.</param>
    /// <param name="owner">Who the options belong to, for messages.</param>
    /// <param name="where">Where the object is, for messages.</param>
    /// <exception cref="OptionsBindingException">An unknown key or a value of the wrong type.</exception>
    public static T Bind<T>(JsonElement? json, string owner, string where)
        where T : class, new() => (T)Bind(json, typeof(T), owner, where);

    /// <summary>The configuration names of the settable public properties of <paramref name="optionsType"/>.</summary>
    /// <param name="optionsType">An options record type.</param>
    public static IReadOnlyList<(string Name, PropertyInfo Property)> Options(Type optionsType) =>
        [.. optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .Select(p => (OptionError.ConfigName(p.Name), p))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)];

    private static void CheckKeys(JsonElement element, Type type, string where, string prefix)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            string what = prefix.Length == 0 ? "options" : $"option '{prefix.TrimEnd('.')}'";
            throw new OptionsBindingException($"{where}: {what} must be a JSON object of option names and values, got {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        var options = Options(type);
        foreach (var property in element.EnumerateObject())
        {
            var match = options.FirstOrDefault(o => string.Equals(o.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (match.Property is null)
            {
                throw new OptionsBindingException(
                    $"{where}: no option '{prefix}{property.Name}'; options are: {string.Join(", ", options.Select(o => prefix + o.Name))}");
            }

            if (IsNestedOptions(match.Property.PropertyType) && property.Value.ValueKind != JsonValueKind.Null)
            {
                CheckKeys(property.Value, match.Property.PropertyType, where, prefix + match.Name + ".");
            }
        }
    }

    private static bool IsNestedOptions(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null;

    private static string Describe(JsonException e, JsonElement element, Type type)
    {
        // e.Path is like "$.windowSize" or "$.kinds.sigmas"; walk it to name the option, its value and its type.
        string path = (e.Path ?? "$").TrimStart('$').TrimStart('.');
        string[] parts = path.Length == 0 ? [] : path.Split('.');
        var value = element;
        var current = type;
        foreach (string part in parts)
        {
            string name = part.Split('[')[0];
            var property = Options(current).FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)).Property;
            if (property is null || value.ValueKind != JsonValueKind.Object || !TryGet(value, name, out value))
            {
                return $"invalid options: {e.Message}";
            }

            current = property.PropertyType;
        }

        string raw = value.GetRawText();
        return $"option '{path}': {(raw.Length > 60 ? raw[..60] + "..." : raw)} is not {Expected(current)}";
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Expected(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(t).Select(JsonNamingPolicy.CamelCase.ConvertName));
        }

        return t.Name switch
        {
            "Int32" or "Int64" or "Int16" => "a whole number",
            "Double" or "Single" or "Decimal" => "a number",
            "Boolean" => "true or false",
            "String" => "a text",
            "TimeSpan" => "a duration (hh:mm:ss)",
            "DateTimeOffset" or "DateTime" => "an ISO 8601 time",
            "SampleSpan" => "a number of samples (5) or a duration (\"90s\", \"5min\", \"2h\", \"1d\")",
            _ when typeof(IEnumerable).IsAssignableFrom(t) => "a list",
            _ => $"a valid {t.Name}",
        };
    }
}
