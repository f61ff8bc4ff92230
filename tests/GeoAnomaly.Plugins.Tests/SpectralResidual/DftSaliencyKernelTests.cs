using GeoAnomaly.Plugins.SpectralResidual;
using GeoAnomaly.Plugins.Tests.Support.SpectralResidual;

namespace GeoAnomaly.Plugins.Tests.SpectralResidual;

public sealed class DftSaliencyKernelTests
{
    [Theory]
    [InlineData(24, 5, 5, 3, 21)]
    [InlineData(24, 4, 5, 3, 24)]
    [InlineData(3, 1, 1, 1, 1)]
    [InlineData(3, 2, 1, 3, 3)]
    [InlineData(64, 16, 10, 7, 33)]
    [InlineData(155, 5, 5, 3, 100)]
    public void Agrees_with_the_FFT_kernel_and_the_naive_saliency_map(int windowSize, int backAdd, int lookahead, int averaging, int judgement)
    {
        // Given: seeded windows around a level of 37 (odd and even transform lengths, the smallest window allowed)
        var options = new SpectralResidualOptions
        {
            WindowSize = windowSize,
            BackAddWindowSize = backAdd,
            LookaheadWindowSize = lookahead,
            AveragingWindowSize = averaging,
            JudgementWindowSize = judgement,
        };
        var dft = new DftSaliencyKernel(options);
        var fft = new FftSaliencyKernel(options);
        var random = new Random(windowSize);

        for (int trial = 0; trial < 5; trial++)
        {
            double[] window = Enumerable.Range(0, windowSize).Select(_ => 37 + random.NextDouble()).ToArray();
            double[] map = NaiveSpectralResidual.SaliencyMap(NaiveSpectralResidual.Extend(window, backAdd, lookahead), averaging);
            double naiveAverage = NaiveSpectralResidual.Mean(map, windowSize - judgement, windowSize - 1);

            // When
            double a = dft.Evaluate(window, out double averageA);
            double b = fft.Evaluate(window, out double averageB);

            // Then
            Assert.Equal(map[windowSize - 1], a, 1e-12);
            Assert.Equal(map[windowSize - 1], b, 1e-12);
            Assert.Equal(naiveAverage, averageA, 1e-12);
            Assert.Equal(naiveAverage, averageB, 1e-12);
        }
    }
}
