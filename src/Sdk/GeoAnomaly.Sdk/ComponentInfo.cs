namespace GeoAnomaly.Sdk;

/// <summary>How a component presents itself to the host and to <c>geoanomaly plugins</c>.</summary>
/// <param name="Name">Short kebab-case name used in configuration (for example <c>spectral-residual</c>); unique per host.</param>
/// <param name="Summary">One sentence on what it does.</param>
/// <param name="OptionsType">The options record type; its properties carry <see cref="System.ComponentModel.DescriptionAttribute"/>.</param>
/// <param name="Mode">Causal (streaming) or retrospective.</param>
public sealed record ComponentInfo(string Name, string Summary, Type OptionsType, ProcessingMode Mode = ProcessingMode.Causal);
