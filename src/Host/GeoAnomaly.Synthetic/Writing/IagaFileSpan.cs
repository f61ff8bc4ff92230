namespace GeoAnomaly.Synthetic.Writing;

/// <summary>How much time one IAGA-2002 file covers.</summary>
internal enum IagaFileSpan
{
    /// <summary>One file per station for the whole series, named after its first day (<c>saa20240101vmin.min</c>).</summary>
    Whole,

    /// <summary>One file per station and UTC day (<c>saa20240101vmin.min</c>, <c>saa20240102vmin.min</c>...), as observatories publish.</summary>
    Day,
}
