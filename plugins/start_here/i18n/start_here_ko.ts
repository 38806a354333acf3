<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>PageSpec</name>
    <message>
        <source>Start here</source>
        <translation>여기서 시작</translation>
    </message>
    <message>
        <source>The map of the course: what to open first, and why</source>
        <translation>강의 지도: 무엇을 먼저 열고, 왜 그런지</translation>
    </message>
    <message>
        <source>How to use Synapse Lab</source>
        <translation>Synapse Lab 사용법</translation>
    </message>
    <message>
        <source>The order of the course</source>
        <translation>강의 순서</translation>
    </message>
</context>
<context>
    <name>StartHere</name>
    <message>
        <source>Network builder</source>
        <translation>신경망 만들기</translation>
    </message>
    <message>
        <source>Click a network together and watch its decision boundary form</source>
        <translation>클릭으로 신경망을 조립하고 결정 경계가 만들어지는 모습을 지켜봅니다</translation>
    </message>
    <message>
        <source>Neurons and the perceptron</source>
        <translation>뉴런과 퍼셉트론</translation>
    </message>
    <message>
        <source>Why XOR needs a hidden layer</source>
        <translation>XOR에 은닉층이 필요한 이유</translation>
    </message>
    <message>
        <source>Loss: MSE and cross-entropy</source>
        <translation>손실 함수: MSE와 교차 엔트로피</translation>
    </message>
    <message>
        <source>Gradient descent and mini-batches</source>
        <translation>경사 하강법과 미니배치</translation>
    </message>
    <message>
        <source>Overfitting and regularization</source>
        <translation>과잉적합과 규제</translation>
    </message>
    <message>
        <source>Feature scaling</source>
        <translation>특징 스케일링</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>최적화 경주</translation>
    </message>
    <message>
        <source>Race SGD, momentum, Adam, Newton and more on a loss surface</source>
        <translation>손실 곡면 위에서 SGD, 모멘텀, Adam, 뉴턴 방법 등을 경주시킵니다</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Momentum and Nesterov</source>
        <translation>모멘텀과 네스테로프</translation>
    </message>
    <message>
        <source>AdaGrad, RMSProp, Adam</source>
        <translation>AdaGrad, RMSProp, Adam</translation>
    </message>
    <message>
        <source>Newton&apos;s method and the Hessian</source>
        <translation>뉴턴 방법과 헤시언 행렬</translation>
    </message>
    <message>
        <source>Conjugate gradient</source>
        <translation>켤레 경사도</translation>
    </message>
    <message>
        <source>Saddles and local minima</source>
        <translation>안장점과 지역 최저점</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>경사 소멸</translation>
    </message>
    <message>
        <source>Watch signals and gradients fade or survive, layer by layer, in a deep net as it trains</source>
        <translation>깊은 신경망이 학습하는 동안 신호와 경사도가 층마다 사라지는지 살아남는지 지켜봅니다</translation>
    </message>
    <message>
        <source>Saturating activations</source>
        <translation>포화되는 활성함수</translation>
    </message>
    <message>
        <source>Weight initialization</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>Per-layer gradient norms</source>
        <translation>층별 경사도 크기</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Residual connections</source>
        <translation>잔차 연결</translation>
    </message>
    <message>
        <source>CNN inspector</source>
        <translation>CNN 살펴보기</translation>
    </message>
    <message>
        <source>Open a convolutional network and look at what each filter sees</source>
        <translation>컨볼루션 신경망을 열어 각 필터가 무엇을 보는지 살펴봅니다</translation>
    </message>
    <message>
        <source>Kernels and feature maps</source>
        <translation>커널과 특징 맵</translation>
    </message>
    <message>
        <source>Stride, padding, pooling</source>
        <translation>보폭, 패딩, 풀링</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>평행 이동</translation>
    </message>
    <message>
        <source>LeNet to ResNet</source>
        <translation>LeNet에서 ResNet까지</translation>
    </message>
    <message>
        <source>Data augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <source>LSTM gate animator</source>
        <translation>LSTM 게이트 애니메이터</translation>
    </message>
    <message>
        <source>Watch an LSTM&apos;s gates open and close, character by character</source>
        <translation>LSTM의 게이트가 글자마다 열리고 닫히는 모습을 지켜봅니다</translation>
    </message>
    <message>
        <source>Recurrent networks</source>
        <translation>순환 신경망</translation>
    </message>
    <message>
        <source>Back-propagation through time</source>
        <translation>시간 펼침 역전파</translation>
    </message>
    <message>
        <source>Input, forget and output gates</source>
        <translation>입력, 망각, 출력 게이트</translation>
    </message>
    <message>
        <source>Language models</source>
        <translation>언어 모델</translation>
    </message>
    <message>
        <source>Sequence to sequence</source>
        <translation>시퀀스-투-시퀀스</translation>
    </message>
    <message>
        <source>Caption demo</source>
        <translation>영상 설명 생성 데모</translation>
    </message>
    <message>
        <source>A CNN reads an image and an LSTM writes its caption, word by word</source>
        <translation>CNN이 이미지를 읽고 LSTM이 그 설명을 한 단어씩 씁니다</translation>
    </message>
    <message>
        <source>Encoder and decoder</source>
        <translation>인코더와 디코더</translation>
    </message>
    <message>
        <source>Greedy decoding and beam search</source>
        <translation>탐욕적 디코딩과 빔 탐색</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>어텐션</translation>
    </message>
    <message>
        <source>Open  ›</source>
        <translation>열기  ›</translation>
    </message>
    <message>
        <source>Not installed yet</source>
        <translation>아직 설치되지 않음</translation>
    </message>
    <message>
        <source>Welcome to Synapse Lab</source>
        <translation>Synapse Lab에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Every picture here comes from a real PyTorch model training on your computer. Take the steps in order: each one builds on the ideas of the one before. The lesson panel on the right explains what you are looking at.</source>
        <translation>여기 보이는 모든 그림은 여러분의 컴퓨터에서 학습하는 실제 PyTorch 모델이 그린 것입니다. 단계를 순서대로 따라가세요. 각 단계는 앞 단계의 개념 위에 쌓입니다. 오른쪽 강의 패널이 지금 보고 있는 것을 설명해 줍니다.</translation>
    </message>
    <message>
        <source>More from your installed plugins</source>
        <translation>설치된 플러그인의 다른 페이지</translation>
    </message>
</context>
</TS>
