namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Produces line-protocol points on demand, straight into a <see cref="LineBatch"/>.</summary>
/// <remarks>The pull model lets <see cref="BatchingWriter"/> encode one batch at a time, without a string per point.</remarks>
internal interface ILineSource
{
    /// <summary>Appends points to <paramref name="batch"/> until it holds <paramref name="maxLines"/> lines or the source ends.</summary>
    /// <remarks>A source whose items make several lines each may pass <paramref name="maxLines"/> by the lines of its last item.</remarks>
    /// <param name="batch">The batch to append to (it may already hold lines).</param>
    /// <param name="maxLines">Line count at which to stop.</param>
    /// <returns>False once the source is exhausted.</returns>
    bool Fill(LineBatch batch, int maxLines);
}
