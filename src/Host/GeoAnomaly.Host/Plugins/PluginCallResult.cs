using System.Diagnostics.CodeAnalysis;

namespace GeoAnomaly.Host.Plugins;

/// <summary>The outcome of a guarded call: a value, or a <see cref="PluginFault"/>.</summary>
/// <typeparam name="T">The call's result type.</typeparam>
internal sealed class PluginCallResult<T>
{
    private PluginCallResult(T? value, PluginFault? fault)
    {
        Value = value;
        Fault = fault;
    }

    /// <summary>The value, when the call succeeded.</summary>
    public T? Value { get; }

    /// <summary>The fault, when it did not.</summary>
    public PluginFault? Fault { get; }

    /// <summary>Whether the call returned normally.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Fault))]
    public bool Succeeded => Fault is null;

    /// <summary>A successful result.</summary>
    /// <param name="value">The value returned.</param>
    public static PluginCallResult<T> Ok(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A failed result.</summary>
    /// <param name="fault">What went wrong.</param>
    public static PluginCallResult<T> Failed(PluginFault fault) => new(default, fault ?? throw new ArgumentNullException(nameof(fault)));
}
