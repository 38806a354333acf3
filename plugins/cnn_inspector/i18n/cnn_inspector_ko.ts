<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CnnInspector</name>
    <message>
        <source>layer {layer}: the number of channels must be a whole number from {low} to {high}, not {value!r}.</source>
        <translation>{layer}층: 채널 수는 {low}에서 {high} 사이의 정수여야 합니다({value!r}는 안 됩니다).</translation>
    </message>
    <message>
        <source>layer {layer}: the kernel size must be a whole number from {low} to {high}, not {value!r}.</source>
        <translation>{layer}층: 커널 크기는 {low}에서 {high} 사이의 정수여야 합니다({value!r}는 안 됩니다).</translation>
    </message>
    <message>
        <source>layer {layer}: the stride must be a whole number from {low} to {high}, not {value!r}.</source>
        <translation>{layer}층: 보폭은 {low}에서 {high} 사이의 정수여야 합니다({value!r}는 안 됩니다).</translation>
    </message>
    <message>
        <source>layer {layer}: the padding must be a whole number from {low} to {high}, not {value!r}.</source>
        <translation>{layer}층: 패딩은 {low}에서 {high} 사이의 정수여야 합니다({value!r}는 안 됩니다).</translation>
    </message>
    <message>
        <source>layer {layer}: the pooling window must be a whole number from {low} to {high}, not {value!r}.</source>
        <translation>{layer}층: 풀링 창 크기는 {low}에서 {high} 사이의 정수여야 합니다({value!r}는 안 됩니다).</translation>
    </message>
    <message>
        <source>layer {layer}: the number of units must be a whole number from {low} to {high}, not {value!r}.</source>
        <translation>{layer}층: 유닛 수는 {low}에서 {high} 사이의 정수여야 합니다({value!r}는 안 됩니다).</translation>
    </message>
    <message>
        <source>An architecture is a list of layers.</source>
        <translation>구조는 층의 목록입니다.</translation>
    </message>
    <message>
        <source>The network has more than {limit} layers; remove some.</source>
        <translation>신경망의 층이 {limit}개보다 많습니다. 몇 개를 지우세요.</translation>
    </message>
    <message>
        <source>The network has no layers: add at least a linear layer with {classes} units.</source>
        <translation>신경망에 층이 없습니다. 적어도 유닛 {classes}개인 선형 층 하나를 넣으세요.</translation>
    </message>
    <message>
        <source>layer {layer}: a layer is described by its type and settings.</source>
        <translation>{layer}층: 층은 종류와 설정으로 적습니다.</translation>
    </message>
    <message>
        <source>layer {layer}: unknown layer type {kind!r}; use one of {types}.</source>
        <translation>{layer}층: 모르는 층 종류 {kind!r}입니다. {types} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>layer {layer}: a {kind} layer has no setting {setting!r}.</source>
        <translation>{layer}층: {kind} 층에는 {setting!r} 설정이 없습니다.</translation>
    </message>
    <message>
        <source>layer {layer}: pooling is &apos;max&apos; or &apos;avg&apos;, not {mode!r}.</source>
        <translation>{layer}층: 풀링은 &apos;max&apos; 또는 &apos;avg&apos;입니다({mode!r}는 안 됩니다).</translation>
    </message>
    <message>
        <source>layer {layer}: unknown activation {fn!r}; use one of {names}.</source>
        <translation>{layer}층: 모르는 활성함수 {fn!r}입니다. {names} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>layer {layer}: the dropout rate must be at least 0 and below 1, not {value!r}.</source>
        <translation>{layer}층: 드롭아웃 비율은 0 이상 1 미만이어야 합니다({value!r}는 안 됩니다).</translation>
    </message>
    <message>
        <source>The architecture file is larger than {kilobytes} kB; it is not an architecture.</source>
        <translation>구조 파일이 {kilobytes} kB보다 큽니다. 구조 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The architecture is not valid JSON ({reason}).</source>
        <translation>구조가 올바른 JSON이 아닙니다({reason}).</translation>
    </message>
    <message>
        <source>This JSON does not describe a CNN architecture.</source>
        <translation>이 JSON은 CNN 구조를 적은 것이 아닙니다.</translation>
    </message>
    <message>
        <source>The input shape must be three whole numbers (channels, height, width), not {shape!r}.</source>
        <translation>입력 모양은 정수 세 개(채널, 높이, 너비)여야 합니다({shape!r}는 안 됩니다).</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>The MLP above was trained like the CNN (same digits, settings and augmentation). Train it again here:</source>
        <translation>위의 MLP는 CNN과 같은 방법(같은 숫자, 설정, 증강)으로 학습했습니다. 여기서 다시 학습시킬 수 있습니다:</translation>
    </message>
    <message>
        <source>Test accuracy of shifted digits</source>
        <translation>옮긴 숫자의 테스트 정확도</translation>
    </message>
    <message>
        <source>shift (pixels, each of four directions)</source>
        <translation>이동(픽셀, 네 방향 각각)</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>맞힌 비율(%)</translation>
    </message>
    <message>
        <source>CNN ({n} parameters)</source>
        <translation>CNN (매개변수 {n}개)</translation>
    </message>
    <message>
        <source>MLP ({n} parameters)</source>
        <translation>MLP (매개변수 {n}개)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Measuring the CNN on 1,000 test digits at every shift…</source>
        <translation>이동마다 테스트 숫자 1,000개로 CNN을 재는 중…</translation>
    </message>
    <message>
        <source>Unshifted, the CNN gets {cnn0:.0f} % right and the MLP {mlp0:.0f} %. Moved by 4 pixels, the CNN still gets {cnn4:.0f} %, the MLP only {mlp4:.0f} %: the same kernel looks for its pattern everywhere, and pooling forgives small moves.</source>
        <translation>옮기지 않으면 CNN은 {cnn0:.0f} %, MLP는 {mlp0:.0f} %를 맞힙니다. 4픽셀 옮기면 CNN은 여전히 {cnn4:.0f} %를 맞히지만 MLP는 {mlp4:.0f} %뿐입니다. 같은 커널이 어디서나 자기 무늬를 찾고, 풀링이 작은 움직임을 봐주기 때문입니다.</translation>
    </message>
    <message>
        <source>{n} px to the right</source>
        <translation>오른쪽으로 {n}픽셀</translation>
    </message>
    <message>
        <source>test digit</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <source>moved {n} px</source>
        <translation>{n}픽셀 옮김</translation>
    </message>
    <message>
        <source>True digit {label}. On the moved digit the CNN says {cnn}, the MLP says {mlp}.</source>
        <translation>정답은 {label}입니다. 옮긴 숫자를 CNN은 {cnn}, MLP는 {mlp}(이)라고 합니다.</translation>
    </message>
    <message>
        <source>map 1 of the digit</source>
        <translation>숫자의 맵 1</translation>
    </message>
    <message>
        <source>map 1 of the moved digit</source>
        <translation>옮긴 숫자의 맵 1</translation>
    </message>
    <message>
        <source>The map moves with the digit: away from the borders it is the first map moved {n} px (largest difference {error:.1e}). This is equivariance.</source>
        <translation>맵이 숫자와 함께 움직입니다. 가장자리를 빼면 처음 맵을 {n}픽셀 옮긴 것과 같습니다(가장 큰 차이 {error:.1e}). 이것이 등변성(equivariance)입니다.</translation>
    </message>
    <message>
        <source>Move the digit with the slider: the map moves with it.</source>
        <translation>슬라이더로 숫자를 옮겨 보세요. 맵이 함께 움직입니다.</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>패딩</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Output channel</source>
        <translation>출력 채널</translation>
    </message>
    <message>
        <source>Input channel</source>
        <translation>입력 채널</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Input map</source>
        <translation>입력 맵</translation>
    </message>
    <message>
        <source>Output map</source>
        <translation>출력 맵</translation>
    </message>
    <message>
        <source>Input patch</source>
        <translation>입력 조각</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>곱</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>적용 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>적용 후</translation>
    </message>
    <message>
        <source>logit z</source>
        <translation>로짓 z</translation>
    </message>
    <message>
        <source>z − max z</source>
        <translation>z − max z</translation>
    </message>
    <message>
        <source>e^(z − max z)</source>
        <translation>e^(z − max z)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>softmax (logits → probabilities)</source>
        <translation>소프트맥스(로짓 → 확률)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>{row}행 {column}열</translation>
    </message>
    <message>
        <source> (the products of all {n} input channels; channel {shown} is drawn)</source>
        <translation>(입력 채널 {n}개 모두의 곱, 그림은 채널 {shown})</translation>
    </message>
    <message>
        <source>Sum of the products{slices} = {total:.4f}; plus the bias {bias:+.4f} = &lt;b&gt;{value:.4f}&lt;/b&gt;. The output map holds &lt;b&gt;{map_value:.4f}&lt;/b&gt; at row {row}, column {column}.</source>
        <translation>곱의 합{slices} = {total:.4f}, 여기에 바이어스 {bias:+.4f}를 더하면 &lt;b&gt;{value:.4f}&lt;/b&gt;입니다. 출력 맵의 {row}행 {column}열 값은 &lt;b&gt;{map_value:.4f}&lt;/b&gt;입니다.</translation>
    </message>
    <message>
        <source>The {k}×{k} kernel slides over the input with stride {s} and padding {p}; cells marked “pad” lie outside the image and count as 0.</source>
        <translation>{k}×{k} 커널이 보폭 {s}, 패딩 {p}로 입력 위를 미끄러집니다. “패딩”이라 적힌 칸은 그림 밖에 있으며 0으로 셉니다.</translation>
    </message>
    <message>
        <source>Max pooling keeps the largest of the {n} values in the window: &lt;b&gt;{value:.4f}&lt;/b&gt; (marked on the input). The output map holds &lt;b&gt;{map_value:.4f}&lt;/b&gt;.</source>
        <translation>최대 풀링은 창 안의 값 {n}개 중 가장 큰 값을 남깁니다: &lt;b&gt;{value:.4f}&lt;/b&gt;(입력에 표시). 출력 맵의 값은 &lt;b&gt;{map_value:.4f}&lt;/b&gt;입니다.</translation>
    </message>
    <message>
        <source>Average pooling keeps the mean of the {n} values in the window: &lt;b&gt;{value:.4f}&lt;/b&gt;. The output map holds &lt;b&gt;{map_value:.4f}&lt;/b&gt;.</source>
        <translation>평균 풀링은 창 안의 값 {n}개의 평균을 남깁니다: &lt;b&gt;{value:.4f}&lt;/b&gt;. 출력 맵의 값은 &lt;b&gt;{map_value:.4f}&lt;/b&gt;입니다.</translation>
    </message>
    <message>
        <source>A {k}×{k} window moves with stride {s}; pooling has no weights.</source>
        <translation>{k}×{k} 창이 보폭 {s}로 움직입니다. 풀링에는 가중치가 없습니다.</translation>
    </message>
    <message>
        <source>padded by {p}: the outer ring is padding</source>
        <translation>패딩 {p}: 바깥 테두리가 패딩입니다</translation>
    </message>
    <message>
        <source>{name} changed {share:.0f} % of the values of this channel: every negative value {what}.</source>
        <translation>{name}이(가) 이 채널 값의 {share:.0f} %를 바꾸었습니다. 음수 값은 모두 {what}.</translation>
    </message>
    <message>
        <source>became 0</source>
        <translation>0이 되었습니다</translation>
    </message>
    <message>
        <source>was squashed</source>
        <translation>눌려 작아졌습니다</translation>
    </message>
    <message>
        <source>An activation works on each value alone: no window, no weights.</source>
        <translation>활성함수는 값 하나하나에 따로 작용합니다. 창도 가중치도 없습니다.</translation>
    </message>
    <message>
        <source>The exponentials add up to {total:.4f}; each probability is its exponential divided by that sum, so the probabilities add up to 1.</source>
        <translation>지수 값의 합은 {total:.4f}입니다. 각 확률은 자기 지수 값을 이 합으로 나눈 것이라 확률의 합은 1입니다.</translation>
    </message>
    <message>
        <source>Softmax turns the ten logits into probabilities.</source>
        <translation>소프트맥스는 로짓 10개를 확률로 바꿉니다.</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse</source>
        <translation>여기에 마우스로 숫자를 그리세요</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>숫자를 그리세요</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse (right click clears).</source>
        <translation>마우스로 숫자를 그리세요(오른쪽 클릭은 지우기).</translation>
    </message>
    <message>
        <source>Softmax (probabilities)</source>
        <translation>소프트맥스(확률)</translation>
    </message>
    <message>
        <source>Every layer&apos;s maps appear here as you draw.</source>
        <translation>그리는 동안 모든 층의 맵이 여기에 나옵니다.</translation>
    </message>
    <message>
        <source>Every layer&apos;s maps for your digit (bright = strong response).</source>
        <translation>여러분이 그린 숫자에 대한 모든 층의 맵(밝을수록 강한 반응).</translation>
    </message>
    <message>
        <source>Before the net sees it, the drawing is cropped to the ink, scaled into a 20×20 box and centred by its mass in 28×28, as MNIST was.</source>
        <translation>신경망이 보기 전에, 그림은 MNIST처럼 잉크 부분만 잘라 20×20 상자에 맞게 줄이고 28×28 안에서 무게중심이 가운데 오도록 놓습니다.</translation>
    </message>
    <message>
        <source>What the net sees (28×28)</source>
        <translation>신경망이 보는 그림(28×28)</translation>
    </message>
    <message>
        <source>The net says &lt;b&gt;{digit}&lt;/b&gt; ({probability:.0f} % sure).</source>
        <translation>신경망의 답은 &lt;b&gt;{digit}&lt;/b&gt;입니다(확신 {probability:.0f} %).</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>컨볼루션</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>최대 풀링</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>평균 풀링</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성함수</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>평탄화</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>LeNet-5 (default)</source>
        <translation>LeNet-5(기본)</translation>
    </message>
    <message>
        <source>A 1×1 kernel</source>
        <translation>1×1 커널</translation>
    </message>
    <message>
        <source>No padding shrinks the map</source>
        <translation>패딩이 없으면 맵이 줄어든다</translation>
    </message>
    <message>
        <source>Stride 2 instead of pooling</source>
        <translation>풀링 대신 보폭 2</translation>
    </message>
    <message>
        <source>Remove pooling and shift the digit</source>
        <translation>풀링을 없애고 숫자 옮기기</translation>
    </message>
    <message>
        <source>Two convolution and pooling stages, then fully connected layers.</source>
        <translation>컨볼루션과 풀링 두 단계 뒤에 완전연결층이 옵니다.</translation>
    </message>
    <message>
        <source>Pairs of 3×3 convolutions before each pooling, as in CNN Explainer.</source>
        <translation>CNN Explainer처럼 풀링마다 앞에 3×3 컨볼루션이 두 개씩 있습니다.</translation>
    </message>
    <message>
        <source>A 1×1 kernel keeps the map&apos;s size and looks at one pixel: it can only rescale and mix channels.</source>
        <translation>1×1 커널은 맵의 크기를 그대로 두고 픽셀 하나만 봅니다. 채널의 크기를 바꾸고 섞을 수만 있습니다.</translation>
    </message>
    <message>
        <source>Without padding a 5×5 kernel cannot be centred on the border pixels: 28×28 becomes 24×24.</source>
        <translation>패딩이 없으면 5×5 커널의 가운데를 가장자리 픽셀에 놓을 수 없어 28×28이 24×24가 됩니다.</translation>
    </message>
    <message>
        <source>A stride of 2 halves the map as a 2×2 pool does, and the network learns how to summarise.</source>
        <translation>보폭 2는 2×2 풀링처럼 맵을 절반으로 줄이고, 어떻게 요약할지는 신경망이 배웁니다.</translation>
    </message>
    <message>
        <source>Without pooling the last maps move by the whole shift, so the linear layer sees new inputs.</source>
        <translation>풀링이 없으면 마지막 맵이 이동한 만큼 그대로 움직여, 선형 층은 새로운 입력을 봅니다.</translation>
    </message>
    <message>
        <source>Add after</source>
        <translation>뒤에 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>Kernel K</source>
        <translation>커널 K</translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation>보폭 S</translation>
    </message>
    <message>
        <source>Padding P</source>
        <translation>패딩 P</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>함수</translation>
    </message>
    <message>
        <source>Drop probability</source>
        <translation>드롭 확률</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>프리셋 불러오기</translation>
    </message>
    <message>
        <source>Output width of a convolution or pooling layer: {formula}. A convolution has C_out × (C_in × K × K + 1) parameters.</source>
        <translation>컨볼루션이나 풀링 층의 출력 너비: {formula}. 컨볼루션의 매개변수는 C_out × (C_in × K × K + 1)개입니다.</translation>
    </message>
    <message>
        <source>Chosen layer</source>
        <translation>고른 층</translation>
    </message>
    <message>
        <source>Lesson preset</source>
        <translation>수업 프리셋</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>{number}. {layer}  →  {shape} · {parameters} parameters</source>
        <translation>{number}. {layer}  →  {shape} · 매개변수 {parameters}개</translation>
    </message>
    <message>
        <source>Layer {number}: {layer}</source>
        <translation>{number}층: {layer}</translation>
    </message>
    <message>
        <source>The chosen kernel (click a weight)</source>
        <translation>고른 커널(가중치를 클릭하세요)</translation>
    </message>
    <message>
        <source>Set weight</source>
        <translation>가중치 설정</translation>
    </message>
    <message>
        <source>Put the weights back</source>
        <translation>가중치 되돌리기</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>학습 시간</translation>
    </message>
    <message>
        <source>at step {step}</source>
        <translation>{step}단계</translation>
    </message>
    <message>
        <source>now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>This network has no convolution.</source>
        <translation>이 신경망에는 컨볼루션이 없습니다.</translation>
    </message>
    <message>
        <source>step {step} of {last}</source>
        <translation>{last}단계 중 {step}단계</translation>
    </message>
    <message>
        <source>The {n} kernels of layer {layer} ({when}); red weights add, blue ones subtract. Click one to look at it.</source>
        <translation>{layer}층의 커널 {n}개({when}). 빨간 가중치는 더하고 파란 가중치는 뺍니다. 하나를 클릭해 보세요.</translation>
    </message>
    <message>
        <source>Output channel {out} of layer {layer} has one kernel per input channel: {n} of them ({when}).</source>
        <translation>{layer}층의 출력 채널 {out}에는 입력 채널마다 커널이 하나씩, 모두 {n}개 있습니다({when}).</translation>
    </message>
    <message>
        <source>Weight at row {row}, column {column}:</source>
        <translation>{row}행 {column}열의 가중치:</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>map {n}</source>
        <translation>맵 {n}</translation>
    </message>
    <message>
        <source>Layer {layer}&apos;s map {n} for the chosen test digit: set a weight and watch it change.</source>
        <translation>고른 테스트 숫자에 대한 {layer}층의 맵 {n}: 가중치를 바꾸고 맵이 바뀌는 것을 보세요.</translation>
    </message>
    <message>
        <source>Weight changed from {old:.3f} to {new:.3f}: only map {n} of layer {layer} changes there.</source>
        <translation>가중치를 {old:.3f}에서 {new:.3f}(으)로 바꾸었습니다. 그 층({layer}층)에서는 맵 {n}만 바뀝니다.</translation>
    </message>
    <message>
        <source>Two convolution-pooling stages and three fully connected layers, for 32×32 digits.</source>
        <translation>32×32 숫자를 위한, 컨볼루션-풀링 두 단계와 완전연결층 세 개.</translation>
    </message>
    <message>
        <source>Five convolutions and three fully connected layers; most weights sit in the first fully connected layer.</source>
        <translation>컨볼루션 다섯 개와 완전연결층 세 개. 가중치 대부분이 첫 완전연결층에 있습니다.</translation>
    </message>
    <message>
        <source>Thirteen 3×3 convolutions in five blocks, then the same three fully connected layers.</source>
        <translation>다섯 블록에 3×3 컨볼루션 열세 개, 그 뒤에 같은 완전연결층 세 개.</translation>
    </message>
    <message>
        <source>Every convolution followed by two 1×1 convolutions (a small MLP per pixel) and global average pooling instead of fully connected layers.</source>
        <translation>컨볼루션마다 1×1 컨볼루션 두 개(픽셀마다 작은 MLP)가 따르고, 완전연결층 대신 전역 평균 풀링을 씁니다.</translation>
    </message>
    <message>
        <source>Nine Inception modules; 1×1 convolutions shrink the channels before the wide kernels.</source>
        <translation>인셉션 모듈 아홉 개. 큰 커널 앞에서 1×1 컨볼루션이 채널 수를 줄입니다.</translation>
    </message>
    <message>
        <source>Eight residual blocks of two 3×3 convolutions; each block adds its input to its output.</source>
        <translation>3×3 컨볼루션 두 개짜리 잔차 블록 여덟 개. 블록마다 입력을 출력에 더합니다.</translation>
    </message>
    <message>
        <source>Sixteen bottleneck blocks (1×1, 3×3, 1×1 convolutions) with skip connections.</source>
        <translation>건너뛰기 연결이 있는 병목 블록(1×1, 3×3, 1×1 컨볼루션) 열여섯 개.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>논문 값</translation>
    </message>
    <message>
        <source>One {n}×{n} kernel factorised into 1×{n} then {n}×1: {before} weights become {after} ({saved:.0f} % fewer).</source>
        <translation>{n}×{n} 커널 하나를 1×{n}과 {n}×1로 나누면 가중치 {before}개가 {after}개가 됩니다({saved:.0f} % 절약).</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <source>% conv</source>
        <translation>컨볼루션 %</translation>
    </message>
    <message>
        <source>% FC</source>
        <translation>완전연결 %</translation>
    </message>
    <message>
        <source>Share of the parameters in convolution layers</source>
        <translation>매개변수 중 컨볼루션 층에 있는 비율</translation>
    </message>
    <message>
        <source>Share of the parameters in fully connected layers</source>
        <translation>매개변수 중 완전연결층에 있는 비율</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Calculator: three ways to save weights</source>
        <translation>계산기: 가중치를 아끼는 세 가지 방법</translation>
    </message>
    <message>
        <source>Kernel n</source>
        <translation>커널 n</translation>
    </message>
    <message>
        <source>Channels in and out</source>
        <translation>입출력 채널</translation>
    </message>
    <message>
        <source>Famous CNNs built as real PyTorch modules (without weights) at their published input sizes. Pick one to see its layers.</source>
        <translation>유명한 CNN을 논문의 입력 크기로, 실제 PyTorch 모듈(가중치 없이)로 만들었습니다. 하나를 고르면 층이 보입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({year}), input {shape}: {note}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({year}년), 입력 {shape}: {note}</translation>
    </message>
    <message>
        <source>Two 3×3 layers instead of one 5×5 (the same 5×5 window, one more ReLU): {before} weights become {after} ({saved:.0f} % fewer).</source>
        <translation>5×5 층 하나 대신 3×3 층 두 개(같은 5×5 창, ReLU 하나 더): 가중치 {before}개가 {after}개가 됩니다({saved:.0f} % 절약).</translation>
    </message>
    <message>
        <source>Global average pooling and one linear layer instead of VGG&apos;s fully connected head: {before} weights become {after} ({saved:.1f} % fewer).</source>
        <translation>VGG의 완전연결층 대신 전역 평균 풀링과 선형 층 하나: 가중치 {before}개가 {after}개가 됩니다({saved:.1f} % 절약).</translation>
    </message>
    <message>
        <source>the predicted digit</source>
        <translation>예측한 숫자</translation>
    </message>
    <message>
        <source>digit {d}</source>
        <translation>숫자 {d}</translation>
    </message>
    <message>
        <source>Working out the three maps…</source>
        <translation>세 맵을 계산하는 중…</translation>
    </message>
    <message>
        <source>share of the map&apos;s strongest spot</source>
        <translation>가장 강한 곳에 대한 비율</translation>
    </message>
    <message>
        <source>Saliency: how much the score changes with each pixel. Occlusion: how much the probability drops when a 6×6 square of paper covers that spot. Grad-CAM: which parts of the last convolution&apos;s maps raise the score.</source>
        <translation>돌출 맵: 픽셀마다 점수가 얼마나 바뀌는지. 가리기: 6×6 종이 조각으로 그 자리를 가리면 확률이 얼마나 떨어지는지. Grad-CAM: 마지막 컨볼루션 맵의 어느 부분이 점수를 올리는지.</translation>
    </message>
    <message>
        <source>Top digits</source>
        <translation>가장 반응하는 숫자</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>활성 최대화</translation>
    </message>
    <message>
        <source>Press Top digits: the test digits that excite the channel most.</source>
        <translation>가장 반응하는 숫자를 누르면 이 채널을 가장 세게 자극하는 테스트 숫자가 나옵니다.</translation>
    </message>
    <message>
        <source>Press Maximise: an input optimised from noise to excite the channel.</source>
        <translation>활성 최대화를 누르면 잡음에서 시작해 이 채널을 자극하도록 최적화한 입력이 나옵니다.</translation>
    </message>
    <message>
        <source>Explain the score of</source>
        <translation>설명할 점수</translation>
    </message>
    <message>
        <source>What excites a channel</source>
        <translation>채널을 자극하는 것</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>a class (its logit)</source>
        <translation>클래스(그 로짓)</translation>
    </message>
    <message>
        <source>saliency</source>
        <translation>돌출 맵</translation>
    </message>
    <message>
        <source>occlusion</source>
        <translation>가리기</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Optimising the input from noise…</source>
        <translation>잡음에서 입력을 최적화하는 중…</translation>
    </message>
    <message>
        <source>After {steps} steps from noise the net is {p:.0f} % sure this input is a {d}, though it may not look like one to you.</source>
        <translation>잡음에서 {steps}단계 뒤, 신경망은 이 입력이 {d}(이)라고 {p:.0f} % 확신합니다. 여러분 눈에는 그렇게 보이지 않을 수도 있습니다.</translation>
    </message>
    <message>
        <source>Excitation rose from {start:.2f} (noise) to {end:.2f} in {steps} steps.</source>
        <translation>자극이 {steps}단계 만에 {start:.2f}(잡음)에서 {end:.2f}(으)로 올랐습니다.</translation>
    </message>
    <message>
        <source>{number}. {layer}
{shape}</source>
        <translation>{number}. {layer}
{shape}</translation>
    </message>
    <message>
        <source>Next mistake</source>
        <translation>다음 오답</translation>
    </message>
    <message>
        <source>The next test digit the net gets wrong</source>
        <translation>신경망이 틀리는 다음 테스트 숫자</translation>
    </message>
    <message>
        <source>Logits (raw scores)</source>
        <translation>로짓(날 점수)</translation>
    </message>
    <message>
        <source>Each small image is one channel, bright where it responds strongly. Click one to open its detail.</source>
        <translation>작은 그림 하나가 채널 하나이며, 강하게 반응하는 곳이 밝습니다. 클릭하면 자세히 보기가 열립니다.</translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <source>True digit {label}; the net says {prediction} ({probability:.0f} % sure).</source>
        <translation>정답은 {label}, 신경망의 답은 {prediction}입니다(확신 {probability:.0f} %).</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>자세히 보기</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>구조</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Why convolution</source>
        <translation>왜 컨볼루션인가</translation>
    </message>
    <message>
        <source>What the net looks at</source>
        <translation>신경망은 어디를 볼까</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
    <message>
        <source>CNN inspector</source>
        <translation>CNN 살펴보기</translation>
    </message>
    <message>
        <source>A convolutional network trained on handwritten digits: look inside every layer, change it, draw your own digit or train it again and watch it learn.</source>
        <translation>손글씨 숫자로 학습한 컨볼루션 신경망입니다. 모든 층의 속을 들여다보고, 바꾸고, 직접 숫자를 그리거나 다시 학습시키며 배우는 모습을 지켜보세요.</translation>
    </message>
    <message>
        <source>This view could not be built: {error}</source>
        <translation>이 보기를 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{accuracy:.1f} % of the 1,000 test digits right</source>
        <translation>테스트 숫자 1,000개 중 {accuracy:.1f} % 맞힘</translation>
    </message>
    <message>
        <source>accuracy not measured yet</source>
        <translation>정확도는 아직 재지 않음</translation>
    </message>
    <message>
        <source>The shipped pretrained net</source>
        <translation>함께 들어 있는 사전 학습 신경망</translation>
    </message>
    <message>
        <source>The net you trained</source>
        <translation>여러분이 학습시킨 신경망</translation>
    </message>
    <message>
        <source>An untrained net (random weights)</source>
        <translation>학습 전 신경망(무작위 가중치)</translation>
    </message>
    <message>
        <source>The net from the file you opened</source>
        <translation>연 파일의 신경망</translation>
    </message>
    <message>
        <source>Your edited net (not trained yet)</source>
        <translation>여러분이 고친 신경망(아직 학습 전)</translation>
    </message>
    <message>
        <source> · one weight edited by hand</source>
        <translation> · 가중치를 손으로 고침</translation>
    </message>
    <message>
        <source>{origin}: {parameters} parameters, {accuracy}{edited}.</source>
        <translation>{origin}: 매개변수 {parameters}개, {accuracy}{edited}.</translation>
    </message>
    <message>
        <source>The experiment holds no architecture.</source>
        <translation>실험 파일에 구조가 없습니다.</translation>
    </message>
    <message>
        <source>Its network cannot be built: {error}</source>
        <translation>그 신경망을 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Its weights are damaged or belong to another network.</source>
        <translation>가중치가 손상되었거나 다른 신경망의 것입니다.</translation>
    </message>
    <message>
        <source>Its weights hold values that are not finite numbers.</source>
        <translation>가중치에 유한한 수가 아닌 값(NaN이나 무한대)이 있습니다.</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>리키 ReLU</translation>
    </message>
    <message>
        <source>conv {channels}@{k}×{k} s{s} p{p}</source>
        <translation>컨볼루션 {channels}@{k}×{k} s{s} p{p}</translation>
    </message>
    <message>
        <source>max pool {k}×{k} s{s}</source>
        <translation>최대 풀링 {k}×{k} s{s}</translation>
    </message>
    <message>
        <source>avg pool {k}×{k} s{s}</source>
        <translation>평균 풀링 {k}×{k} s{s}</translation>
    </message>
    <message>
        <source>dropout {p}</source>
        <translation>드롭아웃 {p}</translation>
    </message>
    <message>
        <source>linear {units}</source>
        <translation>선형 {units}</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>flatten</source>
        <translation>평탄화</translation>
    </message>
    <message>
        <source>Size formula</source>
        <translation>크기 공식</translation>
    </message>
    <message>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>This network would need about {parameter_memory} for its {parameters} parameters (with gradients and optimizer state) and {activation_memory} for the activations of a batch of {batch}, more than the {budget} this page allows: use fewer channels or units.</source>
        <translation>이 신경망은 매개변수 {parameters}개(경사도와 옵티마이저 상태 포함)에 약 {parameter_memory}, 배치 {batch}개의 활성값에 {activation_memory}가 필요해, 이 페이지가 허용하는 {budget}를 넘습니다. 채널이나 유닛을 줄이세요.</translation>
    </message>
    <message>
        <source>layer {layer}: a convolution needs a map (channels × height × width), but its input is a flat vector of {size} values; put it before Flatten.</source>
        <translation>{layer}층: 컨볼루션에는 맵(채널 × 높이 × 너비)이 필요한데 입력이 값 {size}개의 평평한 벡터입니다. 평탄화 앞에 두세요.</translation>
    </message>
    <message>
        <source>layer {layer}: a pooling layer needs a map (channels × height × width), but its input is a flat vector of {size} values; put it before Flatten.</source>
        <translation>{layer}층: 풀링 층에는 맵(채널 × 높이 × 너비)이 필요한데 입력이 값 {size}개의 평평한 벡터입니다. 평탄화 앞에 두세요.</translation>
    </message>
    <message>
        <source>layer {layer}: a {k}×{k} pooling window does not fit its {height}×{width} input.</source>
        <translation>{layer}층: {k}×{k} 풀링 창이 {height}×{width} 입력에 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>layer {layer}: a {k}×{k} kernel does not fit its {height}×{width} input (padded by {p} to {padded_height}×{padded_width}).</source>
        <translation>{layer}층: {k}×{k} 커널이 {height}×{width} 입력(패딩 {p}로 {padded_height}×{padded_width})에 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>layer {layer}: a {k}×{k} kernel does not fit its {height}×{width} input.</source>
        <translation>{layer}층: {k}×{k} 커널이 {height}×{width} 입력에 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>layer {layer}: padding {p} is as wide as the {k}×{k} kernel, so some outputs see only padding; use a padding below the kernel size.</source>
        <translation>{layer}층: 패딩 {p}가 {k}×{k} 커널만큼 넓어서 어떤 출력은 패딩만 봅니다. 패딩을 커널 크기보다 작게 하세요.</translation>
    </message>
    <message>
        <source>layer {layer}: a linear layer needs a flat vector, but its input is a {shape} map; add Flatten before it.</source>
        <translation>{layer}층: 선형 층에는 평평한 벡터가 필요한데 입력이 {shape} 맵입니다. 앞에 평탄화를 넣으세요.</translation>
    </message>
    <message>
        <source>The network ends with a {shape} map, but it must end with {classes} values, one per digit: add Flatten and a linear layer with {classes} units.</source>
        <translation>신경망이 {shape} 맵으로 끝나지만 숫자마다 하나씩 값 {classes}개로 끝나야 합니다. 평탄화와 유닛 {classes}개인 선형 층을 넣으세요.</translation>
    </message>
    <message>
        <source>The network ends with {size} values, but it needs {classes}, one per digit: make the last linear layer {classes} units.</source>
        <translation>신경망이 값 {size}개로 끝나지만 숫자마다 하나씩 {classes}개가 필요합니다. 마지막 선형 층을 유닛 {classes}개로 하세요.</translation>
    </message>
    <message>
        <source>The network has nothing to learn: add a convolution or a linear layer.</source>
        <translation>신경망에 배울 것이 없습니다. 컨볼루션이나 선형 층을 넣으세요.</translation>
    </message>
    <message>
        <source>Your own (Architecture tab)</source>
        <translation>직접 만든 구조(구조 탭)</translation>
    </message>
    <message>
        <source>Convolution and pooling: {formula} (W: input width, K: kernel, P: padding, S: stride); point at an output to see it filled in.</source>
        <translation>컨볼루션과 풀링: {formula} (W: 입력 너비, K: 커널, P: 패딩, S: 보폭). 출력 칸에 마우스를 올리면 숫자를 넣은 공식이 보입니다.</translation>
    </message>
    <message>
        <source>from scratch (random weights)</source>
        <translation>처음부터(무작위 가중치)</translation>
    </message>
    <message>
        <source>from the current weights</source>
        <translation>지금 가중치에서</translation>
    </message>
    <message>
        <source>Shift ±2 px</source>
        <translation>이동 ±2픽셀</translation>
    </message>
    <message>
        <source>Rotate ±10°</source>
        <translation>회전 ±10°</translation>
    </message>
    <message>
        <source>Scale ±10 %</source>
        <translation>크기 조절 ±10 %</translation>
    </message>
    <message>
        <source>Pretrained</source>
        <translation>사전 학습</translation>
    </message>
    <message>
        <source>Load the shipped trained weights again</source>
        <translation>함께 들어 있는 학습된 가중치를 다시 불러옵니다</translation>
    </message>
    <message>
        <source>Untrained</source>
        <translation>학습 전</translation>
    </message>
    <message>
        <source>Random weights, the ones a run from scratch starts from: a baseline to compare</source>
        <translation>처음부터 학습할 때 시작하는 무작위 가중치: 비교할 기준</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>loss of each batch</source>
        <translation>배치마다의 손실</translation>
    </message>
    <message>
        <source>Press Play: the loss of every step appears here.</source>
        <translation>재생을 누르면 단계마다의 손실이 여기에 나옵니다.</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>1,000 test digits</source>
        <translation>테스트 숫자 1,000개</translation>
    </message>
    <message>
        <source>Measured after every epoch.</source>
        <translation>에포크마다 잽니다.</translation>
    </message>
    <message>
        <source>Working out the confusion matrix…</source>
        <translation>혼동 행렬을 계산하는 중…</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its digits.</source>
        <translation>행렬의 칸을 클릭하면 그 숫자들이 보입니다.</translation>
    </message>
    <message>
        <source>Misclassified test digits (true → predicted)</source>
        <translation>잘못 분류한 테스트 숫자(정답 → 예측)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Augment:</source>
        <translation>증강:</translation>
    </message>
    <message>
        <source>Top: four training digits. Bottom: the same digits as one training step sees them.</source>
        <translation>위: 훈련 숫자 네 개. 아래: 한 학습 단계가 보는 같은 숫자.</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>신경망 저장</translation>
    </message>
    <message>
        <source>Weights (*.safetensors)</source>
        <translation>가중치 (*.safetensors)</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Saved the architecture and weights to {name}.</source>
        <translation>구조와 가중치를 {name}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Open a network</source>
        <translation>신경망 열기</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name}을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>Misclassified test digits (true → predicted): {count} of 1,000</source>
        <translation>잘못 분류한 테스트 숫자(정답 → 예측): 1,000개 중 {count}개</translation>
    </message>
    <message>
        <source>Test digits that are {true}, predicted as {predicted}: {count}</source>
        <translation>정답이 {true}인데 {predicted}(으)로 예측한 테스트 숫자: {count}개</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}.</source>
        <translation>{name}을(를) 열 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB, larger than the {limit} MB a network of this page can need; it is not one of its weights files.</source>
        <translation>{name}은(는) {size:.0f} MB로, 이 페이지의 신경망에 필요할 수 있는 {limit} MB보다 큽니다. 이 페이지의 가중치 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is not a readable weights file (it may be truncated or damaged): {detail}.</source>
        <translation>{name}은(는) 읽을 수 있는 가중치 파일이 아닙니다(잘렸거나 손상되었을 수 있습니다): {detail}.</translation>
    </message>
    <message>
        <source>{name} describes its network wrongly: {error}</source>
        <translation>{name}에 적힌 신경망 구조가 잘못되었습니다: {error}</translation>
    </message>
    <message>
        <source>{name} holds weights but no architecture; choose the network it belongs to.</source>
        <translation>{name}에는 가중치만 있고 구조가 없습니다. 이 가중치에 맞는 신경망을 고르세요.</translation>
    </message>
    <message>
        <source>The architecture of {name} cannot be built: {error}</source>
        <translation>{name}의 구조로는 신경망을 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{name} belongs to a different network: it lacks {key} ({count} tensors, the network has {expected}).</source>
        <translation>{name}은(는) 다른 신경망의 파일입니다. {key}이(가) 없습니다(텐서 {count}개, 이 신경망은 {expected}개).</translation>
    </message>
    <message>
        <source>{name} belongs to a different network: it has {key}, which the network does not ({count} tensors, the network has {expected}).</source>
        <translation>{name}은(는) 다른 신경망의 파일입니다. 이 신경망에 없는 {key}이(가) 있습니다(텐서 {count}개, 이 신경망은 {expected}개).</translation>
    </message>
    <message>
        <source>{name} belongs to a different network: {key} is {there} there but {here} here.</source>
        <translation>{name}은(는) 다른 신경망의 파일입니다. {key}이(가) 파일에서는 {there}, 이 신경망에서는 {here}입니다.</translation>
    </message>
    <message>
        <source>{name}: {key} is stored as {there}, the network needs {here}.</source>
        <translation>{name}: {key}이(가) {there}(으)로 저장되어 있지만 신경망에는 {here}이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>{name}: {key} holds values that are not finite numbers (NaN or infinity).</source>
        <translation>{name}: {key}에 유한한 수가 아닌 값(NaN이나 무한대)이 있습니다.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name}이(가) {limit} MB보다 큽니다.</translation>
    </message>
</context>
<context>
    <name>PageSpec</name>
    <message>
        <source>CNN inspector</source>
        <translation>CNN 살펴보기</translation>
    </message>
    <message>
        <source>Train a CNN on handwritten digits and see what every layer, filter and pixel does</source>
        <translation>손글씨 숫자로 CNN을 학습시키고 층, 필터, 픽셀 하나하나가 하는 일을 봅니다</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>컨볼루션</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>특징 맵</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>Padding and stride</source>
        <translation>패딩과 보폭</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>돌출 맵</translation>
    </message>
    <message>
        <source>Data augmentation</source>
        <translation>데이터 증강</translation>
    </message>
</context>
</TS>
